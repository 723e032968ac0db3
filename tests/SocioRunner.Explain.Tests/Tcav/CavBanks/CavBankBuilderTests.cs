using SocioRunner.Explain.Tcav.Analysis;
using SocioRunner.Explain.Tcav.CavBanks;
using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tests.Tcav.CavBanks;

public sealed class CavBankBuilderTests
{
    const int Dimension = 8;

    static LabelledActivations Set(string name, int count, int seed, int axis = -1, float shift = 3f)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(0, count).Select(_ =>
        {
            var row = Enumerable.Range(0, Dimension).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
            if (axis >= 0)
            {
                row[axis] += shift;
            }

            return row;
        }).ToArray();
        return new LabelledActivations(name, rows);
    }

    static CavBank Build(int repeats, NegativeSetting setting = NegativeSetting.OneVsAll)
    {
        LabelledActivations[] concepts = [Set("water", 30, 1, axis: 0), Set("trees", 30, 2, axis: 1), Set("roads", 30, 3, axis: 2)];
        return CavBankBuilder.Build("avgpool", concepts, Set("pool", 200, 100), new CavBankSettings(setting, 500, repeats, 30, new SgdSvmSettings(), 7));
    }

    [Fact]
    public void Main_cavs_point_towards_their_concept_axis()
    {
        var bank = Build(repeats: 0);

        Assert.Equal(["water", "trees", "roads"], bank.Main.Select(c => c.Concept));
        for (int axis = 0; axis < 3; axis++)
        {
            var direction = bank.Main[axis].Direction;
            Assert.Equal(axis, Array.IndexOf(direction, direction.Max()));
            Assert.Equal(1.0, VectorMath.Norm(direction), 5);
            Assert.True(bank.Main[axis].Scores.Accuracy > 0.9);
        }

        Assert.Empty(bank.Null);
    }

    [Fact]
    public void Raw_direction_is_the_standardized_weights_divided_by_scale()
    {
        // Each feature is constant within a class: concept rows (100, 10, 1), negative rows (0, 0, 0). Whatever rows the
        // stratified split holds out, the training part has as many of each class, so every feature's population
        // standard deviation is half its class difference: 50, 5 and 0.5, worked out by hand. Standardized, the three
        // columns are the same +-1 column, so the SVM weighs them equally and the raw direction is (1/50, 1/5, 1/0.5) normalised.
        float[][] positives = [.. Enumerable.Repeat(new float[] { 100, 10, 1 }, 40)];
        float[][] negatives = [.. Enumerable.Repeat(new float[] { 0, 0, 0 }, 40)];

        var cav = CavTrainer.Train("c", "n", positives, negatives, new SgdSvmSettings(), 1);

        Assert.Equal(cav.StandardizedWeights[0], cav.StandardizedWeights[1]);
        Assert.Equal(cav.StandardizedWeights[0], cav.StandardizedWeights[2]);
        Assert.True(cav.StandardizedWeights[0] > 0);
        double[] unscaled = [1 / 50.0, 1 / 5.0, 1 / 0.5];
        double norm = Math.Sqrt(unscaled.Sum(v => v * v));
        for (int k = 0; k < 3; k++) Assert.Equal(unscaled[k] / norm, cav.Direction[k], 6);
        // In raw space the narrow feature gets the larger weight per unit, unlike the standardized weights.
        Assert.True(cav.Direction[2] > 90 * cav.Direction[0]);
    }

    [Fact]
    public void Raw_direction_of_an_unequal_spread_follows_the_training_part_scale()
    {
        // Feature 0 is spread 100x wider than feature 1 and the concept differs along both. The expected direction is
        // computed here from first principles: the training rows are recovered by the split's documented rule
        // (every row not held out), their population standard deviations by hand, and the raw direction is
        // w_std / sd, normalised; none of the pipeline's Standardizer or VectorMath is used.
        var random = new Random(9);
        float[] Row(bool concept) => [(float)((random.NextDouble() - 0.5) * 100 + (concept ? 60 : 0)), (float)((random.NextDouble() - 0.5) + (concept ? 0.6 : 0))];
        var positives = Enumerable.Range(0, 40).Select(_ => Row(true)).ToArray();
        var negatives = Enumerable.Range(0, 40).Select(_ => Row(false)).ToArray();

        var cav = CavTrainer.Train("c", "n", positives, negatives, new SgdSvmSettings(), 1);

        var split = StratifiedSplit.Create([.. Enumerable.Range(0, 80).Select(i => i < 40)], 0.2, 1);
        Assert.Equal(64, split.Train.Length);   // 8 of each class held out: ceil(0.2 * 40)
        var train = split.Train.Select(i => i < 40 ? positives[i] : negatives[i - 40]).ToArray();
        double Sd(int k)
        {
            double mean = train.Average(r => (double)r[k]);
            return Math.Sqrt(train.Average(r => (r[k] - mean) * (r[k] - mean)));
        }
        double[] raw = [cav.StandardizedWeights[0] / Sd(0), cav.StandardizedWeights[1] / Sd(1)];
        double norm = Math.Sqrt(raw.Sum(v => v * v));
        Assert.Equal(raw[0] / norm, cav.Direction[0], 5);
        Assert.Equal(raw[1] / norm, cav.Direction[1], 5);
        Assert.True(cav.Direction[1] / cav.Direction[0] > 10 * cav.StandardizedWeights[1] / cav.StandardizedWeights[0]);
    }

    [Fact]
    public void Svm_standardized_cav_is_the_standardized_space_normal_used_as_it_is()
    {
        // The original dotted the standardized-space weights with raw-space attributions: the direction is the SVM's
        // weights themselves, normalised, not mapped back by the scale (feature 1 is 100x narrower here).
        var random = new Random(9);
        float[] Row(bool concept) => [(float)((random.NextDouble() - 0.5) * 100 + (concept ? 60 : 0)), (float)((random.NextDouble() - 0.5) + (concept ? 0.6 : 0))];
        var positives = Enumerable.Range(0, 40).Select(_ => Row(true)).ToArray();
        var negatives = Enumerable.Range(0, 40).Select(_ => Row(false)).ToArray();

        var mapped = CavTrainer.Train("c", "n", positives, negatives, new SgdSvmSettings(), 1);
        var cav = CavTrainer.Train("c", "n", positives, negatives, new SgdSvmSettings { Method = CavMethod.SvmStandardized }, 1);

        double norm = Math.Sqrt(cav.StandardizedWeights.Sum(v => (double)v * v));
        Assert.Equal(cav.StandardizedWeights[0] / norm, cav.Direction[0], 5);
        Assert.Equal(cav.StandardizedWeights[1] / norm, cav.Direction[1], 5);
        Assert.Equal(mapped.StandardizedWeights, cav.StandardizedWeights); // same SVM, only the direction differs
        Assert.Equal(mapped.Scores, cav.Scores);
        Assert.True(Math.Abs(cav.Direction[1] / cav.Direction[0]) < Math.Abs(mapped.Direction[1] / mapped.Direction[0]) / 10);
    }

    [Fact]
    public void Svm_raw_cav_is_the_normal_of_an_svm_trained_on_the_raw_activations()
    {
        // Separable along feature 0 only (feature 1 is the same noise in both classes), with raw values far from unit
        // scale: the raw-space SVM points along +feature 0, and its decodability scores are still the standardized SVM's.
        var random = new Random(5);
        float[] Row(bool concept) => [(float)(concept ? 3 + random.NextDouble() : -3 - random.NextDouble()), (float)(random.NextDouble() - 0.5)];
        var positives = Enumerable.Range(0, 30).Select(_ => Row(true)).ToArray();
        var negatives = Enumerable.Range(0, 30).Select(_ => Row(false)).ToArray();

        var standardized = CavTrainer.Train("c", "n", positives, negatives, new SgdSvmSettings(), 3);
        var cav = CavTrainer.Train("c", "n", positives, negatives, new SgdSvmSettings { Method = CavMethod.SvmRaw }, 3);

        Assert.True(cav.Direction[0] > 0.9, $"direction ({cav.Direction[0]}, {cav.Direction[1]})");
        Assert.Equal(1.0, Math.Sqrt(cav.Direction.Sum(v => (double)v * v)), 5);
        Assert.Equal(standardized.Scores, cav.Scores);
        var split = StratifiedSplit.Create([.. Enumerable.Range(0, 60).Select(i => i < 30)], 0.2, 3);
        var raw = SgdLinearSvm.Train(split.Train.Select(i => i < 30 ? positives[i] : negatives[i - 30]).ToArray(),
            split.Train.Select(i => i < 30).ToArray(), new SgdSvmSettings(), 3);
        double norm = Math.Sqrt(raw.Weights.Sum(v => (double)v * v));
        Assert.Equal(raw.Weights[0] / norm, cav.Direction[0], 5);
        Assert.Equal(raw.Weights[1] / norm, cav.Direction[1], 5);
    }

    [Fact]
    public void Mean_difference_cav_is_the_unit_class_mean_difference_with_the_svm_scores()
    {
        // Concept mean (2, 0, 1), negatives mean (0, 0, 0): the direction is (2, 0, 1) / sqrt(5) exactly.
        float[][] positives = [[2, 1, 1], [2, -1, 1], [2, 1, 1], [2, -1, 1], [2, 1, 1], [2, -1, 1], [2, 1, 1], [2, -1, 1], [2, 1, 1], [2, -1, 1]];
        float[][] negatives = [[0, 1, 0], [0, -1, 0], [0, 1, 0], [0, -1, 0], [0, 1, 0], [0, -1, 0], [0, 1, 0], [0, -1, 0], [0, 1, 0], [0, -1, 0]];
        var svm = CavTrainer.Train("c", "n", positives, negatives, new SgdSvmSettings(), 1);
        var cav = CavTrainer.Train("c", "n", positives, negatives, new SgdSvmSettings { Method = CavMethod.MeanDifference }, 1);

        Assert.Equal(2 / Math.Sqrt(5), cav.Direction[0], 5);
        Assert.Equal(0, cav.Direction[1], 5);
        Assert.Equal(1 / Math.Sqrt(5), cav.Direction[2], 5);
        Assert.Equal(svm.Scores, cav.Scores); // decodability is still judged by the SVM
        Assert.Equal(1.0, cav.Scores.Accuracy);
    }

    [Fact]
    public void Repeats_give_significant_signed_results_and_a_non_significant_control()
    {
        var bank = Build(repeats: 10, setting: NegativeSetting.Random);
        var random = new Random(11);
        // Attributions point along +water and -trees on average, with noise in every direction.
        float[] mean = [1f, -1f, 0f, 0f, 0f, 0f, 0f, 0f];
        var attributions = Enumerable.Range(0, 40).Select(_ => mean.Select(m => m + (float)(random.NextDouble() * 2 - 1)).ToArray()).ToArray();
        var outcomes = Enumerable.Range(0, 40).Select(i => (double)i).ToArray();

        var result = TcavAnalyzer.Analyze(bank, attributions, attributions, outcomes, new TcavAnalysisSettings(5, MultipleComparison.Holm, 0.05, 0.05));
        var tests = SignificanceTest.Correct(result.Tests, MultipleComparison.Holm, 0.05);
        var overall = tests.Where(t => t.Interval is null).ToArray();

        Assert.Equal(10, bank.RepeatCount);
        Assert.All(bank.Concepts, c => Assert.Equal(10, c.Cavs.Count));
        Assert.Equal(["water", "trees", "roads", CavBank.ControlName], overall.Select(s => s.Concept));
        Assert.Equal('+', overall[0].Direction);
        Assert.Equal('-', overall[1].Direction);
        Assert.False(overall[3].Significant);
        Assert.True(overall[0].SignCountMean > 0.6, $"sign count {overall[0].SignCountMean}");
        Assert.True(overall[0].CiLow > 0 && overall[1].CiHigh < 0, "the difference's interval excludes 0 on the right side");
        var waterIntervals = tests.Where(t => t.Concept == "water" && t.Interval is not null).ToArray();
        Assert.Equal(5, waterIntervals.Length);
        Assert.All(waterIntervals, i => Assert.Equal(8, i.Inputs));
        Assert.All(tests, t => Assert.True(t.Tested));
    }

    [Fact]
    public void One_vs_all_negatives_take_the_same_share_of_each_other_concept_and_are_resampled_per_repeat()
    {
        LabelledActivations[] concepts = [Set("water", 30, 1), Set("trees", 12, 2), Set("roads", 30, 3), Set("fields", 30, 4)];
        int quota = CavBankBuilder.PerConceptQuota(45, concepts.Length);

        var first = CavBankBuilder.BalancedOthers(concepts[0], concepts, quota, seed: 1);
        var second = CavBankBuilder.BalancedOthers(concepts[0], concepts, quota, seed: 2);

        Assert.Equal(15, quota); // ceil(45 / 3)
        int From(LabelledActivations negatives, LabelledActivations concept) => negatives.Rows.Count(r => concept.Rows.Contains(r));
        Assert.Equal([0, 12, 15, 15], concepts.Select(c => From(first, c))); // all 12 of the smaller concept
        Assert.NotEqual(first.Rows.Where(r => concepts[2].Rows.Contains(r)), second.Rows.Where(r => concepts[2].Rows.Contains(r)));
    }

    [Fact]
    public void Repeats_half_sample_the_concept_and_each_negative_group_so_they_differ_even_when_the_quota_covers_every_image()
    {
        LabelledActivations[] concepts = [Set("water", 21, 1, axis: 0), Set("trees", 20, 2, axis: 1), Set("roads", 20, 3, axis: 2)];

        var half = CavBankBuilder.Half(concepts[0], 4);
        var others = CavBankBuilder.BalancedOthers(concepts[0], concepts, quota: 250, seed: 4, half: true);
        var bank = CavBankBuilder.Build("avgpool", concepts, null,
            new CavBankSettings(NegativeSetting.OneVsAll, 500, 6, 30, new SgdSvmSettings { Method = CavMethod.MeanDifference }, 7));
        var single = CavBankBuilder.Build("avgpool", concepts, null,
            new CavBankSettings(NegativeSetting.OneVsAll, 500, 0, 30, new SgdSvmSettings { Method = CavMethod.MeanDifference }, 7));

        Assert.Equal(11, half.Rows.Count);                       // ceil(21 / 2), distinct rows of the concept
        Assert.Equal(11, half.Rows.Distinct().Count());
        Assert.All(half.Rows, r => Assert.Contains(r, concepts[0].Rows));
        Assert.Equal([0, 10, 10], concepts.Select(c => others.Rows.Count(r => c.Rows.Contains(r)))); // half of each, not the quota
        var directions = bank.Concepts[0].Cavs.Select(c => string.Join(",", c.Direction)).ToHashSet();
        Assert.Equal(6, directions.Count);                        // every repeat a different draw (the full sets would give one direction)
        Assert.Contains("half of the concept's images", bank.NegativeSource);
        Assert.Contains("(10 and 21 images)", bank.NullSource);  // the null's sets: the median sizes the CAVs used
        Assert.DoesNotContain("half", single.NegativeSource);    // repeats: 0 trains one CAV on the full sets
    }

    [Fact]
    public void One_vs_all_null_pairs_disjoint_random_sets_of_the_concept_images()
    {
        LabelledActivations[] concepts = [Set("water", 20, 1, axis: 0), Set("trees", 20, 2, axis: 1), Set("roads", 20, 3, axis: 2)];

        var bank = CavBankBuilder.Build("avgpool", concepts, null, new CavBankSettings(NegativeSetting.OneVsAll, 500, 4, 30, new SgdSvmSettings(), 7));

        Assert.Equal(4, bank.Null.Count);
        Assert.Equal(4, bank.Control.Count);
        Assert.All(bank.Null, c => Assert.StartsWith("random_a", c.Concept));
        Assert.Contains("union of all concept images", bank.NullSource);
        Assert.Contains("balanced sample of the other concepts", bank.NegativeSource);
    }

    [Fact]
    public void Random_setting_with_too_small_a_pool_is_one_clear_error()
    {
        LabelledActivations[] concepts = [Set("water", 20, 1, axis: 0), Set("trees", 20, 2, axis: 1)];

        var error = Assert.Throws<Core.Errors.InvalidInputException>(() => CavBankBuilder.Build("avgpool", concepts, Set("pool", 50, 5),
            new CavBankSettings(NegativeSetting.Random, 500, 5, 30, new SgdSvmSettings(), 7, "unused FLAIR patches")));

        Assert.Contains("has 50 images", error.Message);
        Assert.Contains("needs 60", error.Message);
        Assert.Contains("unused FLAIR patches", error.Message);
    }

    [Fact]
    public void Constant_activations_are_one_clear_error_naming_the_layer()
    {
        var constant = new LabelledActivations("water", Enumerable.Range(0, 20).Select(_ => new float[Dimension]).ToArray());
        var other = new LabelledActivations("trees", Enumerable.Range(0, 20).Select(_ => new float[Dimension]).ToArray());

        var error = Assert.Throws<Core.Errors.InvalidInputException>(() => CavBankBuilder.Build("block2", [constant, other], null,
            new CavBankSettings(NegativeSetting.OneVsAll, 500, 3, 30, new SgdSvmSettings(), 7)));

        Assert.Contains("layer 'block2' are identical for all 40", error.Message);
    }

    [Fact]
    public void Empty_evaluation_set_is_reported()
    {
        var bank = Build(repeats: 0);

        var error = Assert.Throws<ArgumentException>(() => TcavAnalyzer.Analyze(bank, [], [], [], new TcavAnalysisSettings(5, MultipleComparison.Holm, 0.05, 0.05)));
        Assert.Contains("evaluation set is empty", error.Message);
    }
}

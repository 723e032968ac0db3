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

        Assert.Empty(bank.RandomBaseline);
    }

    [Fact]
    public void Raw_direction_is_the_standardized_weights_divided_by_scale()
    {
        // Feature 0 is spread 100x wider than feature 1; the concept differs along both.
        var random = new Random(9);
        float[] Row(bool concept) => [(float)((random.NextDouble() - 0.5) * 100 + (concept ? 60 : 0)), (float)((random.NextDouble() - 0.5) + (concept ? 0.6 : 0))];
        var positives = Enumerable.Range(0, 40).Select(_ => Row(true)).ToArray();
        var negatives = Enumerable.Range(0, 40).Select(_ => Row(false)).ToArray();

        var cav = CavTrainer.Train("c", "n", positives, negatives, new SgdSvmSettings(), 1);

        var split = StratifiedSplit.Create([.. Enumerable.Range(0, 80).Select(i => i < 40)], 0.2, 1);
        var scaler = Standardizer.Fit([.. split.Train.Select(i => i < 40 ? positives[i] : negatives[i - 40])]);
        var expected = VectorMath.Normalized(scaler.DirectionToRaw(cav.StandardizedWeights));
        Assert.Equal(expected, cav.Direction);
        // In raw space the narrow feature gets the larger weight per unit, unlike the standardized weights.
        Assert.True(cav.Direction[1] / cav.Direction[0] > 10 * cav.StandardizedWeights[1] / cav.StandardizedWeights[0]);
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

        Assert.Equal(10, bank.RepeatCount);
        Assert.Equal(["water", "trees", "roads", CavBank.ControlName], result.Significance.Select(s => s.Concept));
        Assert.Equal('+', result.Significance[0].Direction);
        Assert.Equal('-', result.Significance[1].Direction);
        Assert.False(result.Significance[3].Significant);
        Assert.True(result.Concepts[0].SignCount > 0.6, $"sign count {result.Concepts[0].SignCount}");
        Assert.Equal(5, result.Concepts[0].Intervals.Count);
        Assert.All(result.Concepts[0].Intervals, i => Assert.Equal(8, i.Count));
    }

    [Fact]
    public void Empty_evaluation_set_is_reported()
    {
        var bank = Build(repeats: 0);

        var error = Assert.Throws<ArgumentException>(() => TcavAnalyzer.Analyze(bank, [], [], [], new TcavAnalysisSettings(5, MultipleComparison.Holm, 0.05, 0.05)));
        Assert.Contains("evaluation set is empty", error.Message);
    }
}

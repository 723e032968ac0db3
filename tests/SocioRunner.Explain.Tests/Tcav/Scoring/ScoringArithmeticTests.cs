using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tests.Tcav.Scoring;

public sealed class ScoringArithmeticTests
{
    [Fact]
    public void Tcav_values_sign_count_and_magnitude()
    {
        float[][] attributions = [[1f, 0f], [0f, 1f], [-1f, -1f], [2f, 5f]];

        var values = TcavScores.Values(attributions, [1f, 0f]);

        Assert.Equal([1.0, 0.0, -1.0, 2.0], values);
        Assert.Equal(0.5, TcavScores.SignCount(values)); // zero is not positive
        Assert.Equal(0.5, TcavScores.Magnitude(values));
    }

    [Fact]
    public void Cosine_similarity_of_activations_with_a_cav()
    {
        var cosine = TcavScores.CosineSimilarities([[3f, 4f], [0f, 0f], [-1f, 0f]], [1f, 0f]);

        Assert.Equal([0.6, 0.0, -1.0], cosine, (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Fact]
    public void Accuracy_and_f1_of_the_concept_class()
    {
        var scores = ClassificationScores.Compute([true, true, false, false, false], [true, false, true, false, false]);

        Assert.Equal(0.6, scores.Accuracy, 9);
        Assert.Equal(0.5, scores.F1, 9); // 2TP / (2TP + FP + FN) = 2 / 4
        Assert.Equal(0.6, scores.MajorityShare, 9);
    }

    [Fact]
    public void Stratified_split_holds_out_a_fifth_of_each_class()
    {
        var labels = Enumerable.Range(0, 50).Select(i => i < 10).ToArray();

        var split = StratifiedSplit.Create(labels, 0.2, seed: 4);

        Assert.Equal(2, split.Test.Count(i => labels[i]));
        Assert.Equal(8, split.Test.Count(i => !labels[i]));
        Assert.Equal(Enumerable.Range(0, 50), split.Train.Concat(split.Test).Order());
    }

    [Fact]
    public void Quantile_intervals_match_numpy_linear_quantiles()
    {
        var intervals = OutcomeIntervals.FromQuantiles([.. Enumerable.Range(1, 10).Select(i => (double)i)], 5);

        Assert.Equal([1, 2.8, 4.6, 6.4, 8.2, 10], intervals.Edges, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(0, intervals.IntervalOf(1));
        Assert.Equal(0, intervals.IntervalOf(2.8));
        Assert.Equal(1, intervals.IntervalOf(3));
        Assert.Equal(4, intervals.IntervalOf(10));
    }
}

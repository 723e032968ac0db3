using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tests.Tcav.Scoring;

public sealed class SignificanceTestTests
{
    static TcavTest Test(string concept, double[] scores, double[] random, bool decodable = true) =>
        SignificanceTest.Test("avgpool", concept, null, 10, scores, scores.Select(_ => 0.0).ToArray(), random, decodable);

    [Fact]
    public void Known_t_test_with_holm_correction_directions_and_confidence_interval()
    {
        // ttest_ind([4,5,6], [1,2,3]) = (3.6742, 0.021312); ([1,2,3] vs [1,2,3]) = (0, 1); ([-3,-2,-1] vs [1,2,3]) = (-4.898979, 0.0080499).
        // Difference 3, standard error 3 / 3.6742 = 0.8165, scipy t.ppf(0.975, 4) = 2.7764451: interval 3 +- 2.2669.
        double[] random = [1.0, 2.0, 3.0];
        var results = SignificanceTest.Correct(
            [Test("up", [4.0, 5.0, 6.0], random), Test("same", [1.0, 2.0, 3.0], random), Test("down", [-3.0, -2.0, -1.0], random)],
            MultipleComparison.Holm, 0.05);

        Assert.Equal(0.021312, results[0].PValue, 5);
        Assert.Equal(3.6742346, results[0].TStatistic, 6);
        Assert.Equal(0.0080499, results[2].PValue, 5);
        Assert.Equal(2 * 0.021312, results[0].PAdjusted, 5); // second smallest of three: x2
        Assert.Equal(3 * 0.0080499, results[2].PAdjusted, 5);
        Assert.Equal(['+', '0', '-'], results.Select(r => r.Direction));
        Assert.Equal(2.0, results[0].NullMean);
        Assert.Equal(1.0, results[0].SignCountStd, 9);
        Assert.Equal(3 - 2.7764451 * 3 / 3.6742346, results[0].CiLow, 5);
        Assert.Equal(3 + 2.7764451 * 3 / 3.6742346, results[0].CiHigh, 5);
    }

    [Fact]
    public void Bonferroni_multiplies_by_the_number_of_tested_scores()
    {
        var results = SignificanceTest.Correct([Test("a", [4.0, 5.0, 6.0], [1.0, 2.0, 3.0]), Test("b", [1.0, 2.0, 3.0], [1.0, 2.0, 3.0])],
            MultipleComparison.Bonferroni, 0.05);

        Assert.Equal(2 * 0.021312, results[0].PAdjusted, 5);
        Assert.True(results[0].Significant);
    }

    [Fact]
    public void A_concept_that_is_not_decodable_is_reported_but_not_tested_nor_counted_in_the_correction()
    {
        var results = SignificanceTest.Correct(
            [Test("a", [4.0, 5.0, 6.0], [1.0, 2.0, 3.0]), Test("noise", [9.0, 9.5, 9.9], [1.0, 2.0, 3.0], decodable: false)],
            MultipleComparison.Bonferroni, 0.05);

        Assert.Equal(0.021312, results[0].PAdjusted, 5); // one tested score: no multiplication
        Assert.False(results[1].Tested);
        Assert.False(results[1].Significant);
        Assert.Equal('?', results[1].Direction);
        Assert.True(double.IsNaN(results[1].PValue));
        Assert.Equal((9.0 + 9.5 + 9.9) / 3, results[1].SignCountMean, 9);
    }

    [Fact]
    public void Constant_equal_samples_are_not_significant()
    {
        var results = SignificanceTest.Correct([Test("flat", [1.0, 1.0, 1.0], [1.0, 1.0])], MultipleComparison.None, 0.05);

        Assert.False(results[0].Significant);
        Assert.Equal(1.0, results[0].PValue);
    }
}

using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tests.Tcav.Scoring;

public sealed class SignificanceTestTests
{
    [Fact]
    public void Known_t_test_with_holm_correction_and_directions()
    {
        // ttest_ind([4,5,6], [1,2,3]) = (3.6742, 0.021312); ([1,2,3] vs [1,2,3]) = (0, 1); ([-3,-2,-1] vs [1,2,3]) = (-4.898979, 0.0080499).
        var results = SignificanceTest.Run(
            [("up", [4.0, 5.0, 6.0]), ("same", [1.0, 2.0, 3.0]), ("down", [-3.0, -2.0, -1.0])],
            [1.0, 2.0, 3.0], MultipleComparison.Holm, 0.05);

        Assert.Equal(0.021312, results[0].PValue, 5);
        Assert.Equal(3.6742346, results[0].TStatistic, 6);
        Assert.Equal(0.0080499, results[2].PValue, 5);
        Assert.Equal(2 * 0.021312, results[0].PAdjusted, 5); // second smallest of three: x2
        Assert.Equal(3 * 0.0080499, results[2].PAdjusted, 5);
        Assert.Equal(['+', '0', '-'], results.Select(r => r.Direction));
        Assert.Equal(2.0, results[0].RandomMean);
        Assert.Equal(1.0, results[0].SignCountStd, 9);
    }

    [Fact]
    public void Bonferroni_multiplies_by_the_number_of_concepts()
    {
        var results = SignificanceTest.Run([("a", [4.0, 5.0, 6.0]), ("b", [1.0, 2.0, 3.0])], [1.0, 2.0, 3.0], MultipleComparison.Bonferroni, 0.05);

        Assert.Equal(2 * 0.021312, results[0].PAdjusted, 5);
        Assert.True(results[0].Significant);
    }

    [Fact]
    public void Constant_equal_samples_are_not_significant()
    {
        var results = SignificanceTest.Run([("flat", [1.0, 1.0, 1.0])], [1.0, 1.0], MultipleComparison.None, 0.05);

        Assert.False(results[0].Significant);
        Assert.Equal(1.0, results[0].PValue);
    }
}

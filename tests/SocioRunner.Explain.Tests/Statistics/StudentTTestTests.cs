using SocioRunner.Explain.Statistics;

namespace SocioRunner.Explain.Tests.Statistics;

// Reference values from scipy 1.10.1: scipy.stats.ttest_ind(a, b[, equal_var=False]).
public sealed class StudentTTestTests
{
    private static readonly double[] Scattered = [0.2, 1.5, -0.3, 2.2, 0.9, 1.1, 0.4];
    private static readonly double[] Shifted = [1.9, 2.5, 3.1, 2.0, 2.8, 3.5];

    [Fact]
    public void Equal_variance_matches_scipy_on_a_textbook_pair()
    {
        var result = StudentTTest.EqualVariance([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);

        Assert.Equal(-1.8973665961010275, result.Statistic, 1e-12);
        Assert.Equal(0.09434977284243756, result.PValue, 1e-12);
        Assert.Equal(8, result.DegreesOfFreedom);
    }

    [Fact]
    public void Equal_variance_matches_scipy_on_unequal_sizes()
    {
        var result = StudentTTest.EqualVariance(Scattered, Shifted);

        Assert.Equal(-4.248898906797719, result.Statistic, 1e-12);
        Assert.Equal(0.0013682664703858556, result.PValue, 1e-14);
    }

    [Fact]
    public void Welch_matches_scipy()
    {
        var result = StudentTTest.Welch(Scattered, Shifted);

        Assert.Equal(-4.353307931297439, result.Statistic, 1e-12);
        Assert.Equal(0.0011929406042164726, result.PValue, 1e-14);
    }

    [Fact]
    public void Nearly_equal_samples_give_a_large_p_value()
    {
        var result = StudentTTest.EqualVariance(
            [10.1, 9.8, 10.3, 10.0, 9.9, 10.2, 10.05, 9.95],
            [10.0, 10.1, 9.7, 10.4, 10.2, 9.9, 10.0, 10.1]);

        Assert.Equal(-0.13449109746431384, result.Statistic, 1e-10);
        Assert.Equal(0.8949286075210572, result.PValue, 1e-12);
    }

    [Fact]
    public void Far_apart_samples_give_a_tiny_p_value_with_full_relative_precision()
    {
        var result = StudentTTest.EqualVariance(
            [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);

        Assert.Equal(-14.770978917519926, result.Statistic, 1e-10);
        Assert.Equal(1.667047995518097e-11, result.PValue, 1e-20);
    }

    [Fact]
    public void A_sample_of_one_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => StudentTTest.EqualVariance([1.0], [1.0, 2.0]));
    }
}

using SocioRunner.Reports.Sweeps;

namespace SocioRunner.Reports.Tests.Sweeps;

/// <summary>
/// The paired t-test of the sweep report against hand-computed reference values: differences [0.5, -0.5, 1, 1],
/// mean 0.5, sd sqrt(0.5), se 0.353553, t = sqrt(2) on 3 degrees of freedom; t(0.975, 3) = 3.182446 (tables);
/// p from the closed-form CDF of Student's t with 3 df: 0.5 + (x/(1+x^2) + atan x)/pi, x = t/sqrt(3) -> p = 0.252215.
/// </summary>
public sealed class PairedTestTests
{
    [Fact]
    public void Matches_the_reference_t_p_and_confidence_interval()
    {
        var (mean, lower, upper, t, p) = PairedTest.Run([1, 2, 3, 4], [0.5, 2.5, 2, 3]);

        Assert.Equal(0.5, mean, 12);
        Assert.Equal(Math.Sqrt(2), t!.Value, 9);
        double x = Math.Sqrt(2) / Math.Sqrt(3);
        double reference = 2 * (1 - (0.5 + (x / (1 + x * x) + Math.Atan(x)) / Math.PI));
        Assert.Equal(reference, p!.Value, 9);
        Assert.Equal(0.252215, p.Value, 5);
        Assert.Equal(0.5 - 3.182446305 * Math.Sqrt(0.5) / 2, lower!.Value, 6);
        Assert.Equal(0.5 + 3.182446305 * Math.Sqrt(0.5) / 2, upper!.Value, 6);
    }

    [Fact]
    public void A_single_pair_has_a_difference_but_no_interval_or_test()
    {
        var (mean, lower, upper, t, p) = PairedTest.Run([0.7], [0.5]);
        Assert.Equal(0.2, mean, 12);
        Assert.Null(lower);
        Assert.Null(upper);
        Assert.Null(t);
        Assert.Null(p);
    }

    [Fact]
    public void Mean_and_sd_skip_missing_values_and_use_the_sample_deviation()
    {
        var (mean, sd) = PairedTest.MeanSd([1.0, null, 3.0]);
        Assert.Equal(2.0, mean);
        Assert.Equal(Math.Sqrt(2), sd!.Value, 12);
        Assert.Equal((null, null), PairedTest.MeanSd([null]));
    }
}

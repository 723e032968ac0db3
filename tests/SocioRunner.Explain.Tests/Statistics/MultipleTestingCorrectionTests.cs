using SocioRunner.Explain.Statistics;

namespace SocioRunner.Explain.Tests.Statistics;

public sealed class MultipleTestingCorrectionTests
{
    private static readonly double[] PValues = [0.01, 0.04, 0.03, 0.005];

    [Fact]
    public void Bonferroni_multiplies_by_the_family_size_and_caps_at_one()
    {
        var adjusted = MultipleTestingCorrection.Bonferroni([0.01, 0.04, 0.3, 0.005]);

        Assert.Equal([0.04, 0.16, 1.0, 0.02], adjusted, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Holm_scales_by_remaining_hypotheses_and_stays_monotone()
    {
        // Sorted: 0.005*4 = 0.02, 0.01*3 = 0.03, 0.03*2 = 0.06, 0.04*1 = 0.04 -> raised to 0.06 by monotonicity.
        var adjusted = MultipleTestingCorrection.Holm(PValues);

        Assert.Equal([0.03, 0.06, 0.06, 0.02], adjusted, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Holm_rejects_at_least_what_Bonferroni_rejects()
    {
        var holm = MultipleTestingCorrection.Rejected(MultipleTestingCorrection.Holm(PValues), 0.05);
        var bonferroni = MultipleTestingCorrection.Rejected(MultipleTestingCorrection.Bonferroni(PValues), 0.05);

        Assert.Equal([true, false, false, true], holm);
        Assert.Equal([true, false, false, true], bonferroni);
    }

    [Fact]
    public void Empty_input_gives_empty_output()
    {
        Assert.Empty(MultipleTestingCorrection.Holm([]));
    }
}

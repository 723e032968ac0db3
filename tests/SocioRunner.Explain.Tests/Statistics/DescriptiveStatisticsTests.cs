using SocioRunner.Explain.Statistics;

namespace SocioRunner.Explain.Tests.Statistics;

public sealed class DescriptiveStatisticsTests
{
    [Fact]
    public void Mean_and_standard_deviations_match_hand_values()
    {
        double[] values = [2, 4, 4, 4, 5, 5, 7, 9];

        Assert.Equal(5, DescriptiveStatistics.Mean(values));
        Assert.Equal(2, DescriptiveStatistics.StandardDeviation(values, deltaDegreesOfFreedom: 0), 1e-12);
        Assert.Equal(Math.Sqrt(32.0 / 7), DescriptiveStatistics.StandardDeviation(values), 1e-12);
    }

    [Fact]
    public void Variance_keeps_precision_with_a_large_offset()
    {
        double[] values = [1e9 + 1, 1e9 + 2, 1e9 + 3];

        Assert.Equal(1, DescriptiveStatistics.Variance(values), 1e-6);
    }
}

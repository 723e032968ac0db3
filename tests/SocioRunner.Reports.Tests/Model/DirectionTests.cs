using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Tests.Model;

/// <summary>A TCAV direction is reported only for significant results, relative to the random-vs-random mean.</summary>
public sealed class DirectionTests
{
    [Theory]
    [InlineData(0.40, 0.30, true, "positive")]   // below 0.5 but above the null: positive
    [InlineData(0.60, 0.70, true, "negative")]
    [InlineData(0.10, 0.50, false, "none")]      // not significant: no direction, however far from 0.5
    public void Significance_row_direction(double signCount, double randomMean, bool significant, string expected) =>
        Assert.Equal(expected, new TcavSignificanceRow("c", "avgpool", signCount, 0.1, randomMean, 0.01, significant).Direction);

    [Fact]
    public void Ground_truth_agreement_uses_the_tested_direction()
    {
        Assert.True(new GroundTruthRow("water", 8000, 0.40, true, 0.30).Agrees);
        Assert.False(new GroundTruthRow("water", 8000, 0.90, false, 0.30).Agrees);
        Assert.Null(new GroundTruthRow("agriculture", 0, 0.30, true, 0.50).Agrees);
        Assert.Equal("not tested", new GroundTruthRow("snow", 100, null, null).TcavDirection);
    }
}

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

    [Fact]
    public void With_an_expected_relative_direction_nulls_agree_only_when_not_significant()
    {
        // Agriculture has no effect of its own but is below its one-vs-all negatives: '-' is expected, and found.
        Assert.True(new GroundTruthRow("agriculture", 0, 0.10, true, 0.35, "-").Agrees);
        Assert.True(new GroundTruthRow("greenhouses", 0, 0.45, false, 0.35, "0", "distractor").Agrees);
        Assert.False(new GroundTruthRow("greenhouses", 0, 0.10, true, 0.35, "0", "distractor").Agrees);
    }

    [Fact]
    public void A_concept_that_is_not_decodable_has_no_direction_and_no_verdict()
    {
        var row = new GroundTruthRow("water", 8000, 0.90, false, 0.30, "+", "concept", Decodable: false);
        Assert.Equal("not decodable", row.TcavDirection);
        Assert.Null(row.Agrees);
        Assert.Equal("not decodable", new TcavSignificanceRow("c", "avgpool", 0.9, 0.1, 0.3, null, false, Decodable: false).Direction);
        Assert.Equal("+0.31 [+0.25, +0.37]", new TcavSignificanceRow("c", "avgpool", 0.81, 0.1, 0.5, 0.01, true, 0.25, 0.37).DifferenceInterval);
    }

    [Fact]
    public void An_effect_reads_as_a_signed_interval_in_outcome_units_and_is_absent_when_not_computed()
    {
        Assert.Equal("+2,574 [+1,902, +3,247]", new EffectEstimate(2574.4, 1902.1, 3246.9, 500).Interval);
        Assert.Equal("-0.42 [-0.74, -0.1]", new EffectEstimate(-0.42, -0.74, -0.1, null).Interval);
        // Integrated gradients: the columns are written as NaN, and the report shows no effect rather than "NaN".
        Assert.Null(EffectEstimate.From(double.NaN, double.NaN, double.NaN, 500));
        Assert.Null(EffectEstimate.From(null, null, null, null));
        Assert.Null(EffectEstimate.From(3, 1, 5, double.NaN)!.MinEffect);
    }
}

namespace SocioRunner.Reports.Model;

/// <summary>One metric of the comparison. <see cref="ProbeIsBetter"/> accounts for metrics where lower is better (MAE); null for a tie or a missing value.</summary>
public sealed record ComparisonRow(string Metric, string Label, double? Probe, double? Baseline, bool LowerIsBetter)
{
    public double? Difference => Probe - Baseline;

    public bool? ProbeIsBetter => Difference is { } d && d != 0 ? (LowerIsBetter ? d < 0 : d > 0) : null;
}

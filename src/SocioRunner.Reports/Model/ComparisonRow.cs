namespace SocioRunner.Reports.Model;

/// <summary>One metric of the comparison. <see cref="ProbeIsBetter"/> accounts for metrics where lower is better (MAE).</summary>
public sealed record ComparisonRow(string Metric, string Label, double? Probe, double? Baseline, bool LowerIsBetter)
{
    public double? Difference => Probe - Baseline;

    public bool? ProbeIsBetter => Difference is { } d ? (LowerIsBetter ? d < 0 : d > 0) : null;
}

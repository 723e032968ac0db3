using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Sweeps;

/// <summary>Everything the sweep templates show; numbers are computed in code, layout lives in templates/sweep.*.sbn.</summary>
public sealed record SweepReportModel(
    string Title,
    string Experiment,
    string CreatedAt,
    IReadOnlyList<string> Axes,
    IReadOnlyList<string> MetricColumns,
    IReadOnlyList<SweepMemberRow> Members,
    IReadOnlyList<VariantSummary> Variants,
    IReadOnlyList<PairedComparison> Comparisons,
    IReadOnlyList<TcavAgreementRow> TcavAgreement,
    IReadOnlyList<PlotEntry> Plots)
{
    public int Done => Members.Count(m => m.Status == "done");
    public int Failed => Members.Count(m => m.Status == "failed");
    public int Cancelled => Members.Count(m => m.Status == "cancelled");
    public int NotFinished => Members.Count - Done - Failed - Cancelled;
}

/// <summary>One member: its values, state and metrics by column (null where missing), and a link to its own report.</summary>
public sealed record SweepMemberRow(string Name, string Label, string Variant, string Seed, string Status, string Detail,
    IReadOnlyList<double?> Values, string? ReportLink);

/// <summary>Mean and standard deviation over the seeds of one variant, per metric column.</summary>
public sealed record VariantSummary(string Variant, int Seeds, IReadOnlyList<double?> Means, IReadOnlyList<double?> Sds);

/// <summary>
/// RNC + probe minus the L1 baseline on one test metric, paired by seed within a variant: mean difference, its
/// 95% confidence interval (Student t) and the two-sided p-value of the paired t-test.
/// </summary>
public sealed record PairedComparison(string Variant, string Metric, string Probe, string Baseline, int Pairs,
    double ProbeMean, double BaselineMean, double MeanDifference, double? CiLower, double? CiUpper, double? T, double? P);

/// <summary>How many seeds find a concept significant, and whether the significant ones agree on its direction.</summary>
public sealed record TcavAgreementRow(string Variant, string Node, string Concept, string Layer, int Seeds, int Significant,
    int Positive, int Negative)
{
    public string Agreement => Significant == 0 ? $"not significant in any of {Seeds} seeds"
        : Positive > 0 && Negative > 0 ? $"significant in {Significant}/{Seeds}, directions disagree"
        : $"significant in {Significant}/{Seeds}, all {(Positive > 0 ? "positive" : "negative")}";
}

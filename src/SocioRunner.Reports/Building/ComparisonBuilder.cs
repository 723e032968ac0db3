using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Building;

/// <summary>
/// The side-by-side table of the paper: the RNC-pretrained encoder with a linear probe (<c>train/probe</c>) against the
/// end-to-end L1 baseline (<c>train/regression</c>), on the test split (validation when no test metrics exist).
/// </summary>
internal static class ComparisonBuilder
{
    public const string ProbeKind = "train/probe";
    public const string BaselineKind = "train/regression";

    static readonly (string Metric, string Label, bool LowerIsBetter)[] Compared =
    [
        ("r2", "R²", false),
        ("kendall_tau", "Kendall τ", false),
        ("mae", "MAE", true),
        ("embedding_ordering", "Embedding ordering", false),
    ];

    public static ModelComparison? Build(IReadOnlyList<MetricsTable> metrics)
    {
        var probe = metrics.FirstOrDefault(m => m.Kind == ProbeKind);
        var baseline = metrics.FirstOrDefault(m => m.Kind == BaselineKind);
        if (probe is null || baseline is null) return null;
        string? split = new[] { "test", "val" }.FirstOrDefault(s => probe.Splits.Contains(s) && baseline.Splits.Contains(s));
        if (split is null) return null;
        var rows = Compared
            .Select(c => new ComparisonRow(c.Metric, c.Label, Value(probe, c.Metric, split), Value(baseline, c.Metric, split), c.LowerIsBetter))
            .Where(r => r.Probe.HasValue || r.Baseline.HasValue)
            .ToList();
        return new ModelComparison(probe.NodeId, baseline.NodeId, split, rows);
    }

    static double? Value(MetricsTable table, string metric, string split)
    {
        int column = table.Splits.ToList().IndexOf(split);
        return table.Rows.FirstOrDefault(r => r.Name == metric)?.Values[column];
    }
}

using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Execution;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Building;

/// <summary>
/// The side-by-side tables of the paper: each RNC-pretrained encoder with a linear probe (<c>train/probe</c>) against
/// every end-to-end L1 baseline (<c>train/regression</c>) trained on the same dataset from the same encoder, on the test
/// split (validation when no test metrics exist). "Same encoder" follows each model's recorded <c>encoder</c> input back
/// through pretraining (the probe's encoder is <c>train/rnc</c>'s output, whose own encoder input is the baseline's) to
/// the encoder artifact it started from; the lineage comes from the artifacts' manifests, never from node names.
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

    public static IReadOnlyList<ModelComparison> Build(IReadOnlyList<MetricsTable> metrics, IReadOnlyList<ArtifactHandle> sources, RunInfo? run)
    {
        // The run's records first (every node, pretraining included), then the sources (a report fed from elsewhere).
        var lineage = new ModelLineage((run?.Nodes ?? []).Select(n => (n.NodeId, n.Key, n.Manifest))
            .Concat(sources.Select(s => (s.NodeId, s.Key, (ArtifactManifest?)s.Manifest))));
        var comparisons = new List<ModelComparison>();
        foreach (var probe in metrics.Where(m => m.Kind == ProbeKind))
        {
            var probeOrigin = lineage.Origin(probe.NodeId);
            foreach (var baseline in metrics.Where(m => m.Kind == BaselineKind && lineage.Origin(m.NodeId) == probeOrigin))
            {
                if (Compare(probe, baseline, (lineage.Name(probeOrigin.Encoder), lineage.Name(probeOrigin.Dataset))) is { } comparison) comparisons.Add(comparison);
            }
        }
        return comparisons;
    }

    static ModelComparison? Compare(MetricsTable probe, MetricsTable baseline, (string Encoder, string Dataset) origin)
    {
        string? split = new[] { "test", "val" }.FirstOrDefault(s => probe.Splits.Contains(s) && baseline.Splits.Contains(s));
        if (split is null) return null;
        var rows = Compared
            .Select(c => new ComparisonRow(c.Metric, c.Label, Value(probe, c.Metric, split), Value(baseline, c.Metric, split), c.LowerIsBetter))
            .Where(r => r.Probe.HasValue || r.Baseline.HasValue)
            .ToList();
        return new ModelComparison(probe.NodeId, baseline.NodeId, split, rows) { Encoder = origin.Encoder, Dataset = origin.Dataset };
    }

    static double? Value(MetricsTable table, string metric, string split)
    {
        int column = table.Splits.ToList().IndexOf(split);
        return table.Rows.FirstOrDefault(r => r.Name == metric)?.Values[column];
    }
}

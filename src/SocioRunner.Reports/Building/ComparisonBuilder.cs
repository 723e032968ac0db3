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
    const string EncoderSlot = "encoder", DatasetSlot = "dataset";

    static readonly (string Metric, string Label, bool LowerIsBetter)[] Compared =
    [
        ("r2", "R²", false),
        ("kendall_tau", "Kendall τ", false),
        ("mae", "MAE", true),
        ("embedding_ordering", "Embedding ordering", false),
    ];

    public static IReadOnlyList<ModelComparison> Build(IReadOnlyList<MetricsTable> metrics, IReadOnlyList<ArtifactHandle> sources, RunInfo? run)
    {
        var lineage = new Lineage(sources, run);
        var comparisons = new List<ModelComparison>();
        foreach (var probe in metrics.Where(m => m.Kind == ProbeKind))
        {
            var probeOrigin = lineage.Origin(probe.NodeId);
            foreach (var baseline in metrics.Where(m => m.Kind == BaselineKind && lineage.Origin(m.NodeId) == probeOrigin))
            {
                if (Compare(probe, baseline, lineage.Describe(probeOrigin)) is { } comparison) comparisons.Add(comparison);
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

    /// <summary>Artifact keys to manifests and node ids, from the report's sources and every node the run recorded.</summary>
    sealed class Lineage
    {
        readonly Dictionary<string, ArtifactManifest> manifests = new(StringComparer.Ordinal);
        readonly Dictionary<string, string> nodeIds = new(StringComparer.Ordinal);
        readonly Dictionary<string, string> keysByNode = new(StringComparer.Ordinal);

        public Lineage(IReadOnlyList<ArtifactHandle> sources, RunInfo? run)
        {
            foreach (var record in run?.Nodes ?? [])
            {
                if (record.Key.Length == 0) continue;
                nodeIds.TryAdd(record.Key, record.NodeId);
                if (record.Manifest is { } manifest) manifests.TryAdd(record.Key, manifest);
            }
            foreach (var source in sources)
            {
                manifests.TryAdd(source.Key, source.Manifest);
                nodeIds.TryAdd(source.Key, source.NodeId);
                keysByNode.TryAdd(source.NodeId, source.Key);
            }
        }

        /// <summary>
        /// The key of the encoder the model started from (its encoder input followed back through every artifact that
        /// itself has an encoder input) and its dataset input's key; nulls where the manifests do not record them.
        /// </summary>
        public (string? Encoder, string? Dataset) Origin(string nodeId)
        {
            if (!keysByNode.TryGetValue(nodeId, out string? key) || !manifests.TryGetValue(key, out var manifest)) return (null, null);
            string? dataset = Single(manifest, DatasetSlot);
            string? encoder = Single(manifest, EncoderSlot);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (encoder is not null && seen.Add(encoder) && manifests.TryGetValue(encoder, out var upstream) && Single(upstream, EncoderSlot) is { } earlier)
                encoder = earlier;
            return (encoder, dataset);
        }

        public (string Encoder, string Dataset) Describe((string? Encoder, string? Dataset) origin) => (Name(origin.Encoder), Name(origin.Dataset));

        string Name(string? key) => key is null ? "" : nodeIds.TryGetValue(key, out string? id) ? id : key[..Math.Min(12, key.Length)];

        static string? Single(ArtifactManifest manifest, string slot) =>
            manifest.Inputs.TryGetValue(slot, out var keys) && keys.Count > 0 ? keys[0] : null;
    }
}

using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Nodes;
using SocioRunner.Reports.Building.Internal;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Building;

/// <summary>Training curves (history.csv) and metrics tables (metrics.json) of encoder and model artifacts.</summary>
internal static class TrainingReader
{
    /// <summary>The paper's metrics first, in the order it reports them; anything else follows alphabetically.</summary>
    static readonly string[] MetricOrder = ["r2", "kendall_tau", "mae", "mse", "pearson", "spearman", "embedding_ordering"];

    public static IReadOnlyList<TrainingRun> ReadHistories(IReadOnlyList<ArtifactHandle> sources, ReportNotes notes) =>
        sources.Where(s => IsTrained(s) && s.Has("history.csv"))
            .Select(s => notes.Try(s.NodeId, () => new TrainingRun(s.NodeId, s.Kind, History(s.File("history.csv"))), null))
            .OfType<TrainingRun>()
            .Where(r => r.Epochs.Count > 0)
            .ToList();

    /// <summary>Encoders and models, by their recorded type; only trained ones hold a history and metrics.</summary>
    static bool IsTrained(ArtifactHandle source) => source.Type is ArtifactTypes.Encoder or ArtifactTypes.Model;

    public static IReadOnlyList<EpochRecord> History(string path)
    {
        var table = CsvTable.Read(path);
        table.Require("epoch", "train_loss");
        return table.Rows.Select(row => new EpochRecord(
                (int)table.RequiredNumber(row, "epoch"),
                table.RequiredNumber(row, "train_loss"),
                table.Number(row, "val_loss"),
                table.Number(row, "val_r2"),
                table.Number(row, "lr")))
            .ToList();
    }

    public static IReadOnlyList<MetricsTable> ReadMetrics(IReadOnlyList<ArtifactHandle> sources, ReportNotes notes) =>
        sources.Where(s => IsTrained(s) && s.Has("metrics.json"))
            .Select(s => notes.Try(s.NodeId, () => Metrics(s.NodeId, s.Kind, JsonFacts.Read(s.File("metrics.json"))), null))
            .OfType<MetricsTable>()
            .Where(t => t.Rows.Count > 0)
            .ToList();

    /// <summary>
    /// <c>{"val": {...}, "test": {...}}</c> becomes one column per split; top-level numbers (as a pretraining node
    /// may write) go into a column named "value".
    /// </summary>
    public static MetricsTable Metrics(string nodeId, string kind, JsonNode json)
    {
        var splits = new List<string>();
        var values = new Dictionary<(string Metric, string Split), double>();
        if (json is JsonObject root)
        {
            foreach (var (key, node) in root)
            {
                if (node is JsonObject split)
                {
                    splits.Add(key);
                    foreach (var (metric, value) in split)
                        if (Number(value) is { } number) values[(metric, key)] = number;
                }
                else if (Number(node) is { } number)
                {
                    if (!splits.Contains("value")) splits.Add("value");
                    values[(key, "value")] = number;
                }
            }
        }
        var metrics = values.Keys.Select(k => k.Metric).Distinct()
            .OrderBy(m => Array.IndexOf(MetricOrder, m) is var i and >= 0 ? i : MetricOrder.Length)
            .ThenBy(m => m, StringComparer.Ordinal)
            .ToList();
        var rows = metrics.Select(m => new MetricRow(m,
                splits.Select(s => values.TryGetValue((m, s), out double v) ? v : (double?)null).ToList()))
            .ToList();
        return new MetricsTable(nodeId, kind, splits, rows);
    }

    static double? Number(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out double number) && double.IsFinite(number) ? number : null;
}

namespace SocioRunner.Reports.Model;

/// <summary>metrics.json of one node as a table: one row per metric, one column per split (val, test, ...).</summary>
public sealed record MetricsTable(string NodeId, string Kind, IReadOnlyList<string> Splits, IReadOnlyList<MetricRow> Rows);

namespace SocioRunner.Reports.Model;

/// <summary>The paper's headline comparison: RNC pretraining + linear probe against the end-to-end L1 baseline.</summary>
public sealed record ModelComparison(string ProbeNodeId, string BaselineNodeId, string Split, IReadOnlyList<ComparisonRow> Rows);

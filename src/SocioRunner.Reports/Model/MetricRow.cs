namespace SocioRunner.Reports.Model;

/// <summary>One metric across splits; a missing value is null (rendered as a dash).</summary>
public sealed record MetricRow(string Name, IReadOnlyList<double?> Values);

namespace SocioRunner.Reports.Model;

/// <summary>One node of the run: what it is, whether it came from the cache, how long it took.</summary>
/// <param name="Status">cached, ran, failed, skipped, cancelled (or "input" when the run did not record it).</param>
/// <param name="ShortKey">The first 12 characters of the cache key, as the CLI prints it.</param>
public sealed record NodeSummary(string Id, string Kind, string ArtifactType, string Status, double DurationSeconds, string ShortKey, string Key);

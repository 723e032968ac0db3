using SocioRunner.Core.Artifacts;

namespace SocioRunner.Core.Execution;

/// <summary>What the run knows about itself so far; the report node reads it to show timings and cache hits.</summary>
public sealed class RunInfo
{
    public required string ExperimentName { get; init; }
    public required string ExperimentFile { get; init; }
    public required string RunDirectory { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required int Seed { get; init; }
    public List<NodeRunRecord> Nodes { get; } = [];
}

public enum NodeOutcome { Cached, Ran, Failed, Skipped, Cancelled }

/// <param name="Manifest">The artifact's manifest (type, kind, inputs, preprocessing); null when the node produced none (failed, skipped).</param>
public sealed record NodeRunRecord(string NodeId, string Kind, string Key, NodeOutcome Outcome, double DurationSeconds, string ArtifactDirectory,
    ArtifactManifest? Manifest = null);

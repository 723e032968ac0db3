using System.Text.Json.Nodes;

namespace SocioRunner.Core.Artifacts;

/// <summary>manifest.json of an artifact: what produced it, from what, how long it took, and checksums of its files.</summary>
public sealed record ArtifactManifest
{
    public required string Key { get; init; }
    public required string Kind { get; init; }
    public required int KindVersion { get; init; }
    public required string ArtifactType { get; init; }
    public required string NodeId { get; init; }
    public required JsonNode Options { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Inputs { get; init; }
    public required int Seed { get; init; }
    public required string Device { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required double DurationSeconds { get; init; }
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();
    public JsonObject Summary { get; init; } = [];
    public IReadOnlyDictionary<string, string> ToolVersions { get; init; } = new Dictionary<string, string>();
    /// <summary>Size and sha256 of every file, by path relative to the artifact folder ('/' separators).</summary>
    public IReadOnlyDictionary<string, ArtifactFile> Files { get; init; } = new Dictionary<string, ArtifactFile>();
}

public sealed record ArtifactFile(long Size, string Sha256);

using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

using SocioRunner.Core.Nodes;

namespace SocioRunner.Core.Artifacts;

/// <summary>
/// manifest.json of an artifact: its type and the kind that produced it, from what, how long it took, checksums of its
/// files and, for models, their input preprocessing. Published beside the files in every run folder, so a reader never
/// infers any of it from file names.
/// </summary>
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
    /// <summary>
    /// For <c>encoder</c> and <c>model</c> artifacts: the input preprocessing the model was trained with, as its kind
    /// recorded it (<see cref="NodeContext"/>.RecordPreprocessing); readers that feed it images use this. Null otherwise.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Preprocessing { get; init; }
    /// <summary>Size and sha256 of every file, by path relative to the artifact folder ('/' separators).</summary>
    public IReadOnlyDictionary<string, ArtifactFile> Files { get; init; } = new Dictionary<string, ArtifactFile>();
}

public sealed record ArtifactFile(long Size, string Sha256);

using System.Text.Json.Nodes;

namespace SocioRunner.Core.Artifacts;

/// <summary>
/// A finished, immutable artifact in the cache: a folder of files plus its manifest. Typed artifact readers
/// (e.g. a dataset's split tables) wrap a handle; nodes never pick cache paths themselves.
/// </summary>
public sealed class ArtifactHandle(string nodeId, ArtifactManifest manifest, string directory)
{
    public string NodeId { get; } = nodeId;

    public ArtifactManifest Manifest { get; } = manifest;

    public string Key => Manifest.Key;

    public string Type => Manifest.ArtifactType;

    public string Kind => Manifest.Kind;

    /// <summary>The folder holding the artifact's files.</summary>
    public string Directory { get; } = directory;

    public IReadOnlyDictionary<string, double> Metrics => Manifest.Metrics;

    public JsonObject Summary => Manifest.Summary;

    /// <summary>Full path of a file inside the artifact; fails clearly if the producing node did not write it.</summary>
    public string File(string relativePath)
    {
        string path = Path.Combine(Directory, relativePath);
        if (!System.IO.File.Exists(path) && !System.IO.Directory.Exists(path))
            throw ArtifactErrors.MissingFile(NodeId, Key, Kind, relativePath);
        return path;
    }

    public bool Has(string relativePath) =>
        System.IO.File.Exists(Path.Combine(Directory, relativePath)) || System.IO.Directory.Exists(Path.Combine(Directory, relativePath));
}

using SocioRunner.Core.Errors;

namespace SocioRunner.Core.Artifacts;

/// <summary>The wording of the errors about the cache and artifacts a node reads, in one place.</summary>
internal static class ArtifactErrors
{
    public static InvalidInputException CacheNotWritable(string root, Exception error) =>
        new($"{root}: cannot create the cache folder ({error.Message}); set 'cache:' or --cache to a writable folder", error);

    public static NodeFailedException MissingFile(string nodeId, string key, string kind, string relativePath) =>
        new(nodeId, $"artifact {key[..12]} ({kind}) has no '{relativePath}'; re-run with --force {nodeId}");

    public static NodeFailedException InputNotConnected(string nodeId, string slot) => new(nodeId, $"input '{slot}' is not connected");
}

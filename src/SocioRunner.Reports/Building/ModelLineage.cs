using SocioRunner.Core.Artifacts;

namespace SocioRunner.Reports.Building;

/// <summary>
/// Where a model came from, as the artifacts' manifests record it: the dataset it trained on and the encoder artifact it
/// started from (its <c>encoder</c> input followed back through every artifact that itself has an <c>encoder</c> input,
/// i.e. through <c>train/rnc</c>). A probe and a baseline with the same origin are a fair comparison.
/// </summary>
internal sealed class ModelLineage
{
    const string EncoderSlot = "encoder", DatasetSlot = "dataset";

    readonly Dictionary<string, ArtifactManifest> manifests = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> nodeIds = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> keysByNode = new(StringComparer.Ordinal);

    /// <param name="artifacts">Node ids with their artifacts' keys and manifests (null where unknown); the first of a key wins.</param>
    public ModelLineage(IEnumerable<(string NodeId, string Key, ArtifactManifest? Manifest)> artifacts)
    {
        foreach (var (nodeId, key, manifest) in artifacts)
        {
            if (key.Length == 0) continue;
            nodeIds.TryAdd(key, nodeId);
            keysByNode.TryAdd(nodeId, key);
            if (manifest is not null) manifests.TryAdd(key, manifest);
        }
    }

    /// <summary>The keys of the encoder the node's model started from and of its dataset; nulls where the manifests do not say.</summary>
    public (string? Encoder, string? Dataset) Origin(string nodeId)
    {
        if (!keysByNode.TryGetValue(nodeId, out string? key) || !manifests.TryGetValue(key, out var manifest)) return (null, null);
        string? encoder = Single(manifest, EncoderSlot);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (encoder is not null && seen.Add(encoder) && manifests.TryGetValue(encoder, out var upstream) && Single(upstream, EncoderSlot) is { } earlier)
            encoder = earlier;
        return (encoder, Single(manifest, DatasetSlot));
    }

    /// <summary>The node id that produced <paramref name="key"/> in this run, else the key's first 12 characters; empty for null.</summary>
    public string Name(string? key) => key is null ? "" : nodeIds.TryGetValue(key, out string? id) ? id : key[..Math.Min(12, key.Length)];

    static string? Single(ArtifactManifest manifest, string slot) =>
        manifest.Inputs.TryGetValue(slot, out var keys) && keys.Count > 0 ? keys[0] : null;
}

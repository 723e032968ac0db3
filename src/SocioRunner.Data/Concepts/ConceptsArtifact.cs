using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;

namespace SocioRunner.Data.Concepts;

/// <summary>Reads a <c>concepts</c> artifact: one folder of PNGs per concept and <c>concepts.json</c>
/// (<c>concepts: [{name, count, rules}]</c>, <c>dropped: [...]</c>, optionally <c>random: {folder, count, source}</c>: random
/// images from the same source as the concepts, for TCAV's random setting).</summary>
public sealed class ConceptsArtifact
{
    ConceptsArtifact(IReadOnlyList<ConceptSet> concepts, IReadOnlyList<string> dropped, ConceptSet? random, string? randomSource)
    {
        Concepts = concepts; Dropped = dropped; Random = random; RandomSource = randomSource;
    }

    /// <summary>Folder (and manifest key) of the random images.</summary>
    public const string RandomFolder = "random";

    public IReadOnlyList<ConceptSet> Concepts { get; }

    /// <summary>Concepts that matched no image (listed in the report).</summary>
    public IReadOnlyList<string> Dropped { get; }

    /// <summary>Random images from the concepts' own source (null when the artifact has none).</summary>
    public ConceptSet? Random { get; }

    /// <summary>What the random images are, in words (e.g. "FLAIR patches not chosen as concept examples").</summary>
    public string? RandomSource { get; }

    public static ConceptsArtifact Open(ArtifactHandle handle) => Open(handle.Directory);

    public static ConceptsArtifact Open(string directory)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "concepts.json")))!.AsObject();
        var concepts = new List<ConceptSet>();
        foreach (var node in json["concepts"]!.AsArray())
        {
            string name = node!["name"]!.GetValue<string>();
            var images = Directory.EnumerateFiles(Path.Combine(directory, name), "*.png").Order(StringComparer.Ordinal).ToList();
            concepts.Add(new ConceptSet(name, images));
        }
        var dropped = json["dropped"]?.AsArray().Select(d => d!.GetValue<string>()).ToList() ?? [];
        ConceptSet? random = null;
        if (json["random"] is JsonObject randomNode)
        {
            string folder = randomNode["folder"]?.GetValue<string>() ?? RandomFolder;
            random = new ConceptSet(RandomFolder, Directory.EnumerateFiles(Path.Combine(directory, folder), "*.png").Order(StringComparer.Ordinal).ToList());
        }

        return new ConceptsArtifact(concepts, dropped, random, json["random"]?["source"]?.GetValue<string>());
    }

    /// <summary>Writes <c>concepts.json</c>; <paramref name="rules"/> holds each concept's rules as JSON (may be empty).</summary>
    public static void WriteManifest(string directory, IEnumerable<(string Name, int Count, JsonNode? Rules)> concepts, IEnumerable<string> dropped, JsonObject? extra = null)
    {
        var list = new JsonArray();
        foreach (var (name, count, rules) in concepts)
            list.Add(new JsonObject { ["name"] = name, ["count"] = count, ["rules"] = rules?.DeepClone() });
        var json = extra?.DeepClone().AsObject() ?? [];
        json["concepts"] = list;
        json["dropped"] = new JsonArray(dropped.Select(d => (JsonNode)d).ToArray());
        File.WriteAllText(Path.Combine(directory, "concepts.json"), json.ToJsonString(new() { WriteIndented = true }));
    }
}

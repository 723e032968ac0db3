using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;

namespace SocioRunner.Data.Concepts;

/// <summary>Reads a <c>concepts</c> artifact: one folder of PNGs per concept and <c>concepts.json</c>
/// (<c>concepts: [{name, count, rules}]</c>, <c>dropped: [...]</c>).</summary>
public sealed class ConceptsArtifact
{
    ConceptsArtifact(IReadOnlyList<ConceptSet> concepts, IReadOnlyList<string> dropped) { Concepts = concepts; Dropped = dropped; }

    public IReadOnlyList<ConceptSet> Concepts { get; }

    /// <summary>Concepts that matched no image (listed in the report).</summary>
    public IReadOnlyList<string> Dropped { get; }

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
        return new ConceptsArtifact(concepts, dropped);
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

using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Nodes;
using SocioRunner.Reports.Building.Internal;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Building;

/// <summary>Dataset summaries from synthetic_city.json (raw-data), dataset.json (dataset) and concepts.json (concepts).</summary>
internal static class DatasetReader
{
    public static IReadOnlyList<DatasetSummary> Read(IReadOnlyList<ArtifactHandle> sources, ReportNotes notes)
    {
        var summaries = new List<DatasetSummary>();
        foreach (var source in sources)
        {
            DatasetSummary? summary = source.Type switch
            {
                ArtifactTypes.RawData when source.Has("synthetic_city.json") => notes.Try(source.NodeId, () => Plain(source, "synthetic_city.json"), null),
                ArtifactTypes.Dataset when source.Has("dataset.json") => notes.Try(source.NodeId, () => Plain(source, "dataset.json"), null),
                ArtifactTypes.Concepts when source.Has("concepts.json") => notes.Try(source.NodeId, () => Concepts(source), null),
                _ => null,
            };
            if (summary is not null) summaries.Add(summary);
        }
        return summaries;
    }

    static DatasetSummary Plain(ArtifactHandle source, string file) =>
        new(source.NodeId, source.Kind, file, JsonFacts.Flatten(JsonFacts.Read(source.File(file))));

    static DatasetSummary Concepts(ArtifactHandle source)
    {
        var json = JsonFacts.Read(source.File("concepts.json"));
        var concepts = (json["concepts"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(c => new ConceptSet(
                JsonFacts.Scalar(c["name"]),
                c["count"] is JsonValue count && count.TryGetValue(out int n) ? n : 0,
                Rules(c["rules"])))
            .ToList();
        var dropped = (json["dropped"] as JsonArray ?? []).Select(Describe).ToList();
        return new DatasetSummary(source.NodeId, source.Kind, "concepts.json", JsonFacts.Flatten(json, "concepts", "dropped"))
        {
            Concepts = concepts,
            Dropped = dropped,
        };
    }

    static string Rules(JsonNode? rules) => rules switch
    {
        null => "",
        JsonValue value => JsonFacts.Scalar(value),
        JsonArray array => string.Join("; ", array.Select(Describe)),
        _ => Describe(rules),
    };

    static string Describe(JsonNode? node) => node switch
    {
        JsonObject obj => string.Join(", ", obj.Select(kv => $"{kv.Key}: {Describe(kv.Value)}")),
        JsonArray array => "[" + string.Join(", ", array.Select(Describe)) + "]",
        _ => JsonFacts.Scalar(node),
    };
}

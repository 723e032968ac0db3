using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Nodes;
using SocioRunner.Reports.Building.Internal;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Building;

/// <summary>
/// t-SNE settings and quality (tsne.json) and the size of the joined map (tsne_joined.csv). Warnings the node recorded
/// (e.g. a perplexity lowered for too few points) go to the report's notes, where a reader looks for caveats.
/// </summary>
internal static class TsneReader
{
    public static IReadOnlyList<TsneInfo> Read(IReadOnlyList<ArtifactHandle> sources, ReportNotes notes) =>
        sources.Where(s => s.Type == ArtifactTypes.Tsne)
            .Select(s => notes.Try(s.NodeId, () => Info(s, notes), null))
            .OfType<TsneInfo>()
            .ToList();

    static TsneInfo Info(ArtifactHandle source, ReportNotes notes)
    {
        var json = source.Has("tsne.json") ? JsonFacts.Read(source.File("tsne.json")) : null;
        if (json?["warnings"] is JsonArray warnings)
        {
            foreach (var warning in warnings)
            {
                notes.Add($"{source.NodeId}: {warning}");
            }
        }

        return new TsneInfo(
            source.NodeId,
            json is null ? [] : JsonFacts.Flatten(json, "warnings"),
            source.Has("tsne_joined.csv") ? CsvTable.Read(source.File("tsne_joined.csv")).Rows.Count : 0);
    }
}

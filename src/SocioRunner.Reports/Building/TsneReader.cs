using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Nodes;
using SocioRunner.Reports.Building.Internal;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Building;

/// <summary>t-SNE settings and quality (tsne.json) and the size of the joined map (tsne_joined.csv).</summary>
internal static class TsneReader
{
    public static IReadOnlyList<TsneInfo> Read(IReadOnlyList<ArtifactHandle> sources, ReportNotes notes) =>
        sources.Where(s => s.Type == ArtifactTypes.Tsne)
            .Select(s => notes.Try(s.NodeId, () => new TsneInfo(
                s.NodeId,
                s.Has("tsne.json") ? JsonFacts.Flatten(JsonFacts.Read(s.File("tsne.json"))) : [],
                s.Has("tsne_joined.csv") ? CsvTable.Read(s.File("tsne_joined.csv")).Rows.Count : 0), null))
            .OfType<TsneInfo>()
            .ToList();
}

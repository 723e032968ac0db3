using SocioRunner.Core.Artifacts;
using SocioRunner.Reports.Building.Internal;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Building;

/// <summary>
/// The synthetic city's known concept effects (ground_truth.csv, <c>concept,effect</c>) matched by concept name
/// (case-insensitive) to the first TCAV result that tested the concept.
/// </summary>
internal static class GroundTruthReader
{
    public static IReadOnlyList<GroundTruthRow> Read(IReadOnlyList<ArtifactHandle> sources, IReadOnlyList<TcavResult> tcav, ReportNotes notes)
    {
        var source = sources.FirstOrDefault(s => s.Has("ground_truth.csv"));
        if (source is null) return [];
        var tested = tcav.SelectMany(t => t.Significance)
            .GroupBy(r => r.Concept, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return notes.Try(source.NodeId, () =>
        {
            var table = CsvTable.Read(source.File("ground_truth.csv"));
            table.Require("concept", "effect");
            return table.Rows.Select(row =>
                {
                    string concept = table.Text(row, "concept");
                    tested.TryGetValue(concept, out var result);
                    return new GroundTruthRow(concept, table.RequiredNumber(row, "effect"), result?.SignCountMean, result?.Significant, result?.RandomMean);
                })
                .ToList();
        }, (IReadOnlyList<GroundTruthRow>)[]);
    }
}

using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Nodes;
using SocioRunner.Reports.Building.Internal;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Building;

/// <summary>
/// The synthetic city's known concept effects (ground_truth.csv, <c>concept,effect</c>, and when present the expected
/// direction per comparison) matched by concept name (case-insensitive) to the first TCAV result that tested the concept.
/// The comparison is read from that result's <c>setting</c> (one-vs-all unless it says random sets).
/// </summary>
internal static class GroundTruthReader
{
    public static IReadOnlyList<GroundTruthRow> Read(IReadOnlyList<ArtifactHandle> sources, IReadOnlyList<TcavResult> tcav, ReportNotes notes)
    {
        var source = sources.FirstOrDefault(s => s.Type == ArtifactTypes.RawData && s.Has("ground_truth.csv"));
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
                    string column = result?.Setting?.StartsWith("random sets", StringComparison.Ordinal) == true ? "expected_vs_random" : "expected_one_vs_all";
                    string? expected = table.Has(column) ? table.Text(row, column) : null;
                    string differenceColumn = column.Replace("expected_", "difference_", StringComparison.Ordinal);
                    return new GroundTruthRow(concept, table.RequiredNumber(row, "effect"), result?.SignCountMean, result?.Significant, result?.RandomMean,
                        expected is { Length: > 0 } ? expected : null, table.Has("kind") ? table.Text(row, "kind") : null, result?.Decodable)
                    {
                        ExpectedDifference = table.Has(differenceColumn) ? table.Number(row, differenceColumn) : null,
                        TcavEffect = result?.Effect,
                    };
                })
                .ToList();
        }, (IReadOnlyList<GroundTruthRow>)[]);
    }
}

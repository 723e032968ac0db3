using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Nodes;
using SocioRunner.Reports.Building.Internal;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Building;

/// <summary>The TCAV tables of each tcav artifact: tcav_significance.csv, cav_accuracy.csv, tcav_intervals.csv.</summary>
internal static class TcavReader
{
    public static IReadOnlyList<TcavResult> Read(IReadOnlyList<ArtifactHandle> sources, ReportNotes notes) =>
        sources.Where(s => s.Type == ArtifactTypes.Tcav)
            .Select(s =>
            {
                AddWarnings(s, notes);
                return new TcavResult(s.NodeId, s.Kind)
                {
                    Significance = Optional(s, "tcav_significance.csv", Significance, notes),
                    CavAccuracy = Optional(s, "cav_accuracy.csv", CavAccuracy, notes),
                    Intervals = Optional(s, "tcav_intervals.csv", Intervals, notes),
                };
            })
            .ToList();

    /// <summary>Warnings the node recorded in tcav.json (e.g. a configuration known to fail the ground truth) go to the notes.</summary>
    static void AddWarnings(ArtifactHandle source, ReportNotes notes)
    {
        if (!source.Has("tcav.json"))
        {
            return;
        }

        notes.Try(source.NodeId, () =>
        {
            if (JsonFacts.Read(source.File("tcav.json"))?["warnings"] is System.Text.Json.Nodes.JsonArray warnings)
            {
                foreach (var warning in warnings)
                {
                    notes.Add($"{source.NodeId}: {warning}");
                }
            }

            return true;
        }, false);
    }

    static IReadOnlyList<T> Optional<T>(ArtifactHandle source, string file, Func<CsvTable, IReadOnlyList<T>> read, ReportNotes notes) =>
        source.Has(file) ? notes.Try(source.NodeId, () => read(CsvTable.Read(source.File(file))), []) : [];

    public static IReadOnlyList<TcavSignificanceRow> Significance(CsvTable table)
    {
        table.Require("concept", "sign_count_mean");
        return table.Rows.Select(row => new TcavSignificanceRow(
                table.Text(row, "concept"),
                table.Text(row, "layer"),
                table.RequiredNumber(row, "sign_count_mean"),
                table.Number(row, "sign_count_std") ?? 0,
                table.Number(row, "random_mean"),
                table.Number(row, table.FirstColumn("p_adjusted", "p_value") ?? "p_adjusted"),
                table.Flag(row, "significant"),
                table.Number(row, "ci_low"),
                table.Number(row, "ci_high"),
                table.Has("decodable") ? table.Flag(row, "decodable") || table.Text(row, "decodable").Length == 0 : null,
                table.Number(row, "cav_accuracy"),
                table.Has("setting") ? table.Text(row, "setting") : null)
            {
                Effect = ReadEffect(table, row),
                CavBalancedAccuracy = table.Number(row, "cav_balanced_accuracy"),
            })
            .ToList();
    }

    static EffectEstimate? ReadEffect(CsvTable table, string[] row) => table.Has("effect_difference")
        ? EffectEstimate.From(table.Number(row, "effect_difference"), table.Number(row, "effect_ci_low"), table.Number(row, "effect_ci_high"),
            table.Number(row, "min_effect"))
        : null;

    /// <summary>Accepts the original's column spellings (<c>acc</c>, <c>cav_accuracy</c>) besides <c>accuracy</c>.</summary>
    public static IReadOnlyList<CavAccuracyRow> CavAccuracy(CsvTable table)
    {
        string conceptColumn = table.FirstColumn("concept", "concept_name") ?? table.Header[0];
        string accuracyColumn = table.FirstColumn("accuracy", "acc", "cav_accuracy", "test_accuracy")
            ?? throw new InvalidDataException($"{table.Path}: no accuracy column; it has {string.Join(", ", table.Header)}");
        string? f1Column = table.FirstColumn("f1", "f1_score", "test_f1");
        return table.Rows.Select(row => new CavAccuracyRow(
                table.Text(row, conceptColumn),
                table.Text(row, "layer"),
                table.RequiredNumber(row, accuracyColumn),
                f1Column is null ? null : table.Number(row, f1Column)))
            .ToList();
    }

    public static IReadOnlyList<TcavIntervalRow> Intervals(CsvTable table)
    {
        table.Require("concept", "interval", "sign_count");
        return table.Rows.Select(row => new TcavIntervalRow(
                table.Text(row, "concept"),
                table.Text(row, "layer"),
                table.Text(row, "interval"),
                table.Number(row, "lower"),
                table.Number(row, "upper"),
                (int)(table.Number(row, "count") ?? 0),
                table.RequiredNumber(row, "sign_count"),
                table.Number(row, "magnitude"))
            {
                Effect = ReadEffect(table, row),
                Direction = table.Has("direction") ? table.Text(row, "direction") : "",
            })
            .ToList();
    }
}

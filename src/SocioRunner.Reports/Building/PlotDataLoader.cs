using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Nodes;
using SocioRunner.Reports.Building.Internal;
using SocioRunner.Reports.Plots;

namespace SocioRunner.Reports.Building;

/// <summary>Reads the per-input files behind the scatter plots: predictions_test.csv and tsne_joined.csv.</summary>
public static class PlotDataLoader
{
    static readonly HashSet<string> TsneFixedColumns = new(StringComparer.OrdinalIgnoreCase)
        { "id", "image_id", "tsne_dim_1", "tsne_dim_2", "label", "prediction" };

    /// <summary>Unreadable files are skipped here; <see cref="ReportModelBuilder"/> already notes them for the report.</summary>
    public static PlotData Load(IReadOnlyList<ArtifactHandle> sources)
    {
        var notes = new ReportNotes();
        var predictions = sources.Where(s => s.Type == ArtifactTypes.Model && s.Has("predictions_test.csv"))
            .Select(s => notes.Try(s.NodeId, () => Predictions(s.NodeId, s.Kind, s.File("predictions_test.csv")), null))
            .OfType<PredictionSeries>()
            .ToList();
        var maps = sources.Where(s => s.Type == ArtifactTypes.Tsne && s.Has("tsne_joined.csv"))
            .Select(s => notes.Try(s.NodeId, () => Tsne(s.NodeId, s.File("tsne_joined.csv")), null))
            .OfType<TsneMap>()
            .ToList();
        return new PlotData { Predictions = predictions, TsneMaps = maps };
    }

    public static PredictionSeries Predictions(string nodeId, string kind, string path)
    {
        var table = CsvTable.Read(path);
        table.Require("label", "prediction");
        var rows = table.Rows.Where(r => table.Number(r, "label").HasValue && table.Number(r, "prediction").HasValue).ToList();
        return new PredictionSeries(nodeId, kind,
            rows.Select(r => table.Number(r, "label")!.Value).ToList(),
            rows.Select(r => table.Number(r, "prediction")!.Value).ToList());
    }

    public static TsneMap Tsne(string nodeId, string path)
    {
        var table = CsvTable.Read(path);
        table.Require("tsne_dim_1", "tsne_dim_2");
        var rows = table.Rows.Where(r => table.Number(r, "tsne_dim_1").HasValue && table.Number(r, "tsne_dim_2").HasValue).ToList();
        var concepts = table.Header.Where(h => !TsneFixedColumns.Contains(h))
            .Select(c => new ConceptValues(c, rows.Select(r => table.Number(r, c) ?? double.NaN).ToList()))
            .Where(c => c.Values.Any(double.IsFinite))
            .ToList();
        return new TsneMap(nodeId,
            rows.Select(r => table.Number(r, "tsne_dim_1")!.Value).ToList(),
            rows.Select(r => table.Number(r, "tsne_dim_2")!.Value).ToList(),
            rows.Select(r => table.Number(r, "label") ?? double.NaN).ToList(),
            concepts);
    }
}

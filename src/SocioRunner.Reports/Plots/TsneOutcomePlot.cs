using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Plots;

/// <summary>The t-SNE map of the test embeddings coloured by the true outcome (viridis).</summary>
public sealed class TsneOutcomePlot : IReportPlot
{
    public string Name => "tsne-outcome";

    public string Section => PlotSections.Tsne;

    public IEnumerable<PlotEntry> Render(ReportModel model, PlotData data, PlotFileWriter writer)
    {
        if (data.TsneMaps.Count == 0)
        {
            yield return PlotEntry.Missing(Name, PlotSections.Tsne, "t-SNE map by outcome",
                "no t-SNE node with a tsne_joined.csv among the report's sources");
            yield break;
        }
        foreach (var map in data.TsneMaps.Where(m => m.X.Count > 0))
        {
            var known = map.Labels.Where(double.IsFinite).ToList();
            if (known.Count == 0)
            {
                yield return PlotEntry.Missing($"{Name}-{map.NodeId}", PlotSections.Tsne, $"t-SNE map by outcome — {map.NodeId}",
                    "tsne_joined.csv has no label column with numbers");
                continue;
            }
            string title = $"t-SNE map by outcome — {map.NodeId}";
            var plot = TsnePlotFrame.Create(title);
            ValueColoredMarkers.Add(plot, map.X, map.Y, map.Labels, PlotStyle.Sequential, known.Min(), known.Max(), "Outcome");
            yield return writer.Save(plot, $"tsne-outcome-{map.NodeId}", PlotSections.Tsne, title,
                $"Each point is a test image placed by t-SNE of its embedding (n = {map.X.Count}), coloured by its true outcome. " +
                "A contrastively ordered encoder shows a smooth gradient.");
        }
    }
}

using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Plots;

/// <summary>
/// The t-SNE map coloured by one concept's per-input TCAV value, one figure per concept. As in the original figure,
/// positive values are divided by the largest positive value (to [0, 1]) and negative values by the largest magnitude
/// of the negative ones (to [-1, 0]), so both directions use the whole of their half of the diverging scale.
/// </summary>
public sealed class TsneConceptPlot : IReportPlot
{
    public string Name => "tsne-concept";

    public string Section => PlotSections.Tsne;

    public IEnumerable<PlotEntry> Render(ReportModel model, PlotData data, PlotFileWriter writer)
    {
        var maps = data.TsneMaps.Where(m => m.Concepts.Count > 0).ToList();
        if (maps.Count == 0)
        {
            yield return PlotEntry.Missing(Name, PlotSections.Tsne, "t-SNE maps by concept",
                data.TsneMaps.Count == 0
                    ? "no t-SNE node with a tsne_joined.csv among the report's sources"
                    : "tsne_joined.csv has no per-concept TCAV columns (wire the t-SNE node to a TCAV node)");
            yield break;
        }
        foreach (var map in maps)
        foreach (var concept in map.Concepts)
        {
            string title = $"t-SNE map by TCAV value — {concept.Concept}";
            var plot = TsnePlotFrame.Create(title);
            ValueColoredMarkers.Add(plot, map.X, map.Y, Normalize(concept.Values), PlotStyle.Diverging, -1, 1,
                "Normalised TCAV value");
            yield return writer.Save(plot, $"tsne-concept-{map.NodeId}-{concept.Concept}", PlotSections.Tsne, title,
                $"Test images on the t-SNE map, coloured by their TCAV value for '{concept.Concept}': red raises the prediction " +
                "along the concept, blue lowers it (each sign scaled separately to its largest value).");
        }
    }

    /// <summary>Positive and negative values scaled separately to [0, 1] and [-1, 0]; NaN stays NaN.</summary>
    public static IReadOnlyList<double> Normalize(IReadOnlyList<double> values)
    {
        double maxPositive = values.Where(v => double.IsFinite(v) && v > 0).DefaultIfEmpty(0).Max();
        double maxNegative = values.Where(v => double.IsFinite(v) && v < 0).Select(Math.Abs).DefaultIfEmpty(0).Max();
        return values.Select(v => !double.IsFinite(v) ? double.NaN
                : v > 0 ? v / maxPositive
                : v < 0 ? v / maxNegative
                : 0)
            .ToList();
    }
}

using System.Globalization;
using ScottPlot;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Plots;

/// <summary>Held-out accuracy of each concept's linear classifier; near 0.5 the CAV is no better than chance and its TCAV score means little.</summary>
public sealed class CavAccuracyPlot : IReportPlot
{
    public string Name => "cav-accuracy";

    public string Section => PlotSections.Tcav;

    public IEnumerable<PlotEntry> Render(ReportModel model, PlotData data, PlotFileWriter writer)
    {
        var results = model.Tcav.Where(t => t.CavAccuracy.Count > 0).ToList();
        if (results.Count == 0)
        {
            yield return PlotEntry.Missing(Name, PlotSections.Tcav, "CAV accuracy per concept",
                "no TCAV node with a cav_accuracy.csv among the report's sources");
            yield break;
        }
        foreach (var result in results)
        {
            // One bar per concept: the mean over layers and repeats when the file holds several rows for it.
            var rows = result.CavAccuracy.GroupBy(r => r.Concept)
                .Select(g => (Concept: g.Key, Accuracy: g.Average(r => r.Accuracy)))
                .ToList();
            string title = $"CAV accuracy — {result.NodeId}";
            var plot = PlotStyle.NewPlot(title, "", "Held-out accuracy");
            var bars = rows.Select((r, i) => new Bar
            {
                Position = i,
                Value = r.Accuracy,
                FillColor = PlotStyle.Palette[2],
                LineWidth = 0,
                Size = 0.6,
                Label = r.Accuracy.ToString("0.00", CultureInfo.InvariantCulture),
            }).ToList();
            var barPlot = plot.Add.Bars(bars);
            barPlot.ValueLabelStyle.FontSize = 12;
            barPlot.ValueLabelStyle.ForeColor = PlotStyle.Ink;
            var chance = plot.Add.HorizontalLine(0.5, 1, PlotStyle.Muted, LinePattern.Solid);
            chance.LegendText = "chance";
            plot.Axes.SetLimitsY(0, 1.1);
            var names = rows.Select(r => r.Concept).ToList();
            PlotStyle.CategoryTicks(plot, names, PlotStyle.NeedsRotation(names));
            PlotStyle.ShowLegend(plot, Alignment.LowerRight);
            yield return writer.Save(plot, $"cav-accuracy-{result.NodeId}", PlotSections.Tcav, title,
                "Accuracy of the linear classifier separating concept images from the negative set, on the held-out 20 %. " +
                "Grey line: chance level.");
        }
    }
}

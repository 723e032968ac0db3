using System.Globalization;
using ScottPlot;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Plots;

/// <summary>
/// TCAV sign-count per concept: the mean over CAVs trained against random negative sets, ± one standard deviation,
/// the random-vs-random mean it is tested against (black tick), and an asterisk where the adjusted p-value is significant.
/// One figure per TCAV node and layer.
/// </summary>
public sealed class TcavSignCountPlot : IReportPlot
{
    public string Name => "tcav-sign-count";

    public string Section => PlotSections.Tcav;

    public IEnumerable<PlotEntry> Render(ReportModel model, PlotData data, PlotFileWriter writer)
    {
        var groups = model.Tcav
            .SelectMany(t => t.Significance.GroupBy(r => r.Layer).Select(g => (t.NodeId, Layer: g.Key, Rows: g.ToList())))
            .ToList();
        if (groups.Count == 0)
        {
            yield return PlotEntry.Missing(Name, PlotSections.Tcav, "TCAV sign-count per concept",
                "no TCAV node with a tcav_significance.csv among the report's sources");
            yield break;
        }
        foreach (var (nodeId, layer, rows) in groups)
        {
            string title = layer.Length > 0 ? $"TCAV sign-count — {nodeId}, {layer}" : $"TCAV sign-count — {nodeId}";
            var names = rows.Select(r => r.Concept).ToList();
            var plot = PlotStyle.NewPlot(title, "", "TCAV sign-count");
            var bars = rows.Select((r, i) => new Bar
            {
                Position = i,
                Value = r.SignCountMean,
                FillColor = r.Significant ? PlotStyle.Significant : PlotStyle.NotSignificant,
                LineWidth = 0,
                Size = 0.6,
            }).ToList();
            plot.Add.Bars(bars);
            var errors = plot.Add.ErrorBar(
                rows.Select((_, i) => (double)i).ToList(), rows.Select(r => r.SignCountMean).ToList(), rows.Select(r => r.SignCountStd).ToList());
            errors.LineColor = PlotStyle.Ink;
            errors.LineWidth = 1.5f;
            var chance = plot.Add.HorizontalLine(0.5, 1, PlotStyle.Muted, LinePattern.Solid);
            for (int i = 0; i < rows.Count; i++)
            {
                if (rows[i].RandomMean is { } random)
                {
                    var tick = plot.Add.Line(i - 0.36, random, i + 0.36, random);
                    tick.LineColor = PlotStyle.Ink;
                    tick.LineWidth = 2.5f;
                }
                if (rows[i].Significant)
                {
                    var star = plot.Add.Text("*", i, Math.Min(1.02, rows[i].SignCountMean + rows[i].SignCountStd + 0.03));
                    star.LabelFontSize = 22;
                    star.LabelFontColor = PlotStyle.Ink;
                    star.LabelAlignment = Alignment.LowerCenter;
                }
            }
            plot.Axes.SetLimitsY(0, 1.12);
            PlotStyle.CategoryTicks(plot, names, PlotStyle.NeedsRotation(names));
            PlotStyle.ShowLegend(plot, Alignment.UpperRight);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "significant", FillColor = PlotStyle.Significant });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "not significant", FillColor = PlotStyle.NotSignificant });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "random-vs-random mean", LineColor = PlotStyle.Ink, LineWidth = 2.5f });
            chance.LegendText = "0.5 (no preference)";
            int significant = rows.Count(r => r.Significant);
            yield return writer.Save(plot, $"tcav-sign-count-{nodeId}-{layer}", PlotSections.Tcav, title,
                "Fraction of test images whose prediction rises along each concept, mean ± SD over CAVs against random " +
                $"negative sets; * marks significance after multiple-testing correction ({significant.ToString(CultureInfo.InvariantCulture)} of {rows.Count} concepts).");
        }
    }
}

using System.Globalization;
using ScottPlot;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Plots;

/// <summary>
/// The paper's key analysis as a concept × outcome-interval heatmap of TCAV sign-count, on a diverging scale centred on
/// 0.5 (no preference): red cells raise the prediction along the concept in that interval, blue cells lower it.
/// One figure per TCAV node and layer.
/// </summary>
public sealed class TcavIntervalHeatmapPlot : IReportPlot
{
    public string Name => "tcav-intervals";

    public string Section => PlotSections.Tcav;

    public IEnumerable<PlotEntry> Render(ReportModel model, PlotData data, PlotFileWriter writer)
    {
        var groups = model.Tcav
            .SelectMany(t => t.Intervals.GroupBy(r => r.Layer).Select(g => (t.NodeId, Layer: g.Key, Rows: g.ToList())))
            .ToList();
        if (groups.Count == 0)
        {
            yield return PlotEntry.Missing(Name, PlotSections.Tcav, "TCAV per outcome interval",
                "no TCAV node with a tcav_intervals.csv among the report's sources");
            yield break;
        }
        foreach (var (nodeId, layer, rows) in groups)
        {
            var concepts = rows.Select(r => r.Concept).Distinct().ToList();
            var intervals = rows.Select(r => r.Interval).Distinct().ToList();
            var cells = new double[concepts.Count, intervals.Count];
            for (int c = 0; c < concepts.Count; c++)
                for (int i = 0; i < intervals.Count; i++)
                    cells[c, i] = rows.FirstOrDefault(r => r.Concept == concepts[c] && r.Interval == intervals[i])?.SignCount ?? double.NaN;

            string title = layer.Length > 0 ? $"TCAV per outcome interval — {nodeId}, {layer}" : $"TCAV per outcome interval — {nodeId}";
            var plot = PlotStyle.NewPlot(title, "Outcome interval", "");
            AddCells(plot, cells);
            AddCellLabels(plot, cells);
            var bar = plot.Add.ColorBar(new FixedColorAxis(PlotStyle.Diverging, 0, 1));
            bar.Label = "TCAV sign-count";
            bar.LabelStyle.FontSize = 13;
            bar.LabelStyle.Bold = false;

            PlotStyle.CategoryTicks(plot, intervals.Select(i => IntervalLabel(rows, i)).ToList(), rotate: intervals.Count > 6);
            var rowTicks = new ScottPlot.TickGenerators.NumericManual();
            for (int c = 0; c < concepts.Count; c++) rowTicks.AddMajor(concepts.Count - 1 - c, concepts[c]);
            plot.Axes.Left.TickGenerator = rowTicks;
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Grid.IsVisible = false;
            plot.Axes.SetLimits(-0.5, intervals.Count - 0.5, -0.5, concepts.Count - 0.5);

            yield return writer.Save(plot, $"tcav-intervals-{nodeId}-{layer}", PlotSections.Tcav, title,
                "TCAV sign-count of each concept over the test images whose outcome falls in each interval " +
                "(0.5 = no preference; grey = no images).",
                PlotStyle.Width, Math.Max(PlotStyle.Height, 140 + 44 * concepts.Count));
        }
    }

    /// <summary>
    /// One filled rectangle per cell rather than ScottPlot's bitmap heatmap, which browsers smooth when they scale
    /// the SVG; rectangles stay crisp vector shapes in papers.
    /// </summary>
    static void AddCells(Plot plot, double[,] cells)
    {
        var colormap = PlotStyle.Diverging;
        int rowCount = cells.GetLength(0);
        for (int c = 0; c < rowCount; c++)
            for (int i = 0; i < cells.GetLength(1); i++)
            {
                double y = rowCount - 1 - c;
                var cell = plot.Add.Rectangle(i - 0.5, i + 0.5, y - 0.5, y + 0.5);
                var color = double.IsFinite(cells[c, i]) ? colormap.GetColor(Math.Clamp(cells[c, i], 0, 1)) : PlotStyle.Grid;
                cell.FillColor = color;
                cell.LineColor = Colors.White;
                cell.LineWidth = 1;
            }
    }

    static void AddCellLabels(Plot plot, double[,] cells)
    {
        int rowCount = cells.GetLength(0);
        for (int c = 0; c < rowCount; c++)
            for (int i = 0; i < cells.GetLength(1); i++)
            {
                if (!double.IsFinite(cells[c, i])) continue;
                var text = plot.Add.Text(cells[c, i].ToString("0.00", CultureInfo.InvariantCulture), i, rowCount - 1 - c);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = 12;
                text.LabelFontColor = Math.Abs(cells[c, i] - 0.5) > 0.3 ? Colors.White : PlotStyle.Ink;
            }
    }

    /// <summary>"Q1" alone, or "Q1 (10–20)" when the interval's bounds are known.</summary>
    static string IntervalLabel(IReadOnlyList<TcavIntervalRow> rows, string interval)
    {
        var row = rows.First(r => r.Interval == interval);
        return row.Lower is { } lower && row.Upper is { } upper
            ? $"{interval}\n{Compact(lower)}–{Compact(upper)}"
            : interval;
    }

    static string Compact(double value) =>
        Math.Abs(value) >= 10000 ? (value / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "k"
        : value.ToString(Math.Abs(value) >= 100 ? "0" : "0.##", CultureInfo.InvariantCulture);
}

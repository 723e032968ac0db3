using ScottPlot;

namespace SocioRunner.Reports.Plots;

/// <summary>
/// Draws points coloured by a value through a colour map, with a colour bar. Points are grouped into a fixed number of
/// colour steps (one plottable each), which keeps SVG output small and lets NaN values be drawn in grey beneath.
/// </summary>
internal static class ValueColoredMarkers
{
    const int Steps = 48;
    const float MarkerSize = 6;

    public static void Add(Plot plot, IReadOnlyList<double> xs, IReadOnlyList<double> ys, IReadOnlyList<double> values,
        IColormap colormap, double min, double max, string colorBarLabel)
    {
        var unknown = Enumerable.Range(0, xs.Count).Where(i => !double.IsFinite(values[i])).ToList();
        if (unknown.Count > 0)
            plot.Add.Markers(unknown.Select(i => xs[i]).ToArray(), unknown.Select(i => ys[i]).ToArray(),
                MarkerShape.FilledCircle, MarkerSize, PlotStyle.Grid);
        double span = max > min ? max - min : 1;
        var groups = Enumerable.Range(0, xs.Count).Where(i => double.IsFinite(values[i]))
            .GroupBy(i => (int)Math.Clamp(Math.Floor((values[i] - min) / span * Steps), 0, Steps - 1))
            .OrderBy(g => g.Key);
        foreach (var group in groups)
        {
            var color = colormap.GetColor((group.Key + 0.5) / Steps);
            var markers = plot.Add.Markers(group.Select(i => xs[i]).ToArray(), group.Select(i => ys[i]).ToArray(),
                MarkerShape.FilledCircle, MarkerSize, color.WithAlpha(0.9));
            markers.MarkerLineColor = color.WithAlpha(0);
        }
        var bar = plot.Add.ColorBar(new FixedColorAxis(colormap, min, max));
        bar.Label = colorBarLabel;
        bar.LabelStyle.FontSize = 13;
        bar.LabelStyle.Bold = false;
    }
}

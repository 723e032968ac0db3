using ScottPlot;

namespace SocioRunner.Reports.Plots;

/// <summary>The frame shared by t-SNE maps: no units (t-SNE axes have no meaning), equal scaling, no grid.</summary>
internal static class TsnePlotFrame
{
    public static Plot Create(string title)
    {
        var plot = PlotStyle.NewPlot(title, "t-SNE 1", "t-SNE 2");
        plot.Axes.Bottom.TickLabelStyle.IsVisible = false;
        plot.Axes.Left.TickLabelStyle.IsVisible = false;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Grid.IsVisible = false;
        return plot;
    }
}

using ScottPlot;

namespace SocioRunner.Reports.Plots;

/// <summary>A colour scale that is not a heatmap, so a colour bar can explain value-coloured markers.</summary>
internal sealed class FixedColorAxis(IColormap colormap, double min, double max) : IHasColorAxis
{
    public IColormap Colormap { get; set; } = colormap;

    public ScottPlot.Range GetRange() => new(min, max);
}

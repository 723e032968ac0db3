using ScottPlot;

namespace SocioRunner.Reports.Plots;

/// <summary>
/// One look for every figure: a sans-serif font at sizes that stay readable when a figure is shrunk into a paper
/// column, the Okabe–Ito colour-blind-safe palette for categories, viridis for an ordered outcome and a blue–white–red
/// diverging map (cmocean "balance") for signed values. All three stay legible in greyscale print.
/// </summary>
public static class PlotStyle
{
    public const int Width = 760;
    public const int Height = 480;

    /// <summary>Okabe &amp; Ito (2008): blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow, black.</summary>
    public static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"), Color.FromHex("#E69F00"),
        Color.FromHex("#CC79A7"), Color.FromHex("#56B4E9"), Color.FromHex("#F0E442"), Color.FromHex("#000000"),
    ];

    public static readonly Color Ink = Color.FromHex("#222222");
    public static readonly Color Muted = Color.FromHex("#777777");
    public static readonly Color Grid = Color.FromHex("#E6E6E6");
    public static readonly Color Positive = Palette[0];
    public static readonly Color Negative = Palette[1];
    public static readonly Color Significant = Palette[0];
    public static readonly Color NotSignificant = Color.FromHex("#A9C6DE");

    public static IColormap Sequential => new ScottPlot.Colormaps.Viridis();

    public static IColormap Diverging => new ScottPlot.Colormaps.Balance();

    public static Color Category(int index) => Palette[index % Palette.Length];

    /// <summary>A new plot with the report's font, sizes, grid and frame.</summary>
    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Grid;
        plot.Axes.Color(Ink);
        plot.Axes.Title.Label.Text = title;
        plot.Axes.Title.Label.FontSize = 17;
        plot.Axes.Title.Label.Bold = false;
        plot.Axes.Bottom.Label.Text = xLabel;
        plot.Axes.Left.Label.Text = yLabel;
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.Label.FontSize = 14;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontSize = 12;
        }
        return plot;
    }

    /// <summary>DejaVu Sans when installed (Debian's default), otherwise ScottPlot's detected sans-serif font.</summary>
    public static string FontName { get; } = SkiaSharp.SKFontManager.Default.GetFontFamilies().Contains("DejaVu Sans") ? "DejaVu Sans" : Fonts.Sans;

    /// <summary>Puts category names under integer positions 0..n-1 of the bottom axis.</summary>
    public static void CategoryTicks(Plot plot, IReadOnlyList<string> names, bool rotate)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int i = 0; i < names.Count; i++) ticks.AddMajor(i, names[i]);
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.IsVisible = false;
        if (rotate)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -35;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        }
    }

    /// <summary>A flat legend (no drop shadow, light frame) at <paramref name="alignment"/>.</summary>
    public static void ShowLegend(Plot plot, Alignment alignment)
    {
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = alignment;
        plot.Legend.FontSize = 12;
        plot.Legend.FontName = FontName;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.OutlineColor = Color.FromHex("#BBBBBB");
        plot.Legend.BackgroundColor = Colors.White.WithAlpha(0.9);
    }

    public static bool NeedsRotation(IReadOnlyList<string> names) => names.Count > 5 || names.Any(n => n.Length > 10);
}

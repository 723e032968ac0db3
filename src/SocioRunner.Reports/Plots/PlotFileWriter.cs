using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;
using SkiaSharp;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Plots;

/// <summary>
/// Saves a figure as PNG (twice the pixel density, for slides and print) and SVG (vector, for papers) under
/// <c>plots/</c> and embeds the SVG in the report as a data: URI so the HTML opens offline as one file.
/// </summary>
public sealed class PlotFileWriter
{
    /// <summary>PNG pixels per layout pixel: the same layout as the SVG, sharp on high-density screens and in print.</summary>
    public const int PngDensity = 2;

    readonly string reportDirectory;
    readonly HashSet<string> usedNames = new(StringComparer.OrdinalIgnoreCase);

    public PlotFileWriter(string reportDirectory)
    {
        this.reportDirectory = reportDirectory;
        Directory.CreateDirectory(Path.Combine(reportDirectory, "plots"));
    }

    public PlotEntry Save(Plot plot, string name, string section, string title, string caption,
        int width = PlotStyle.Width, int height = PlotStyle.Height)
    {
        string fileName = UniqueName(name);
        string png = $"plots/{fileName}.png";
        string svg = $"plots/{fileName}.svg";
        string svgText = StableIds(plot.GetSvgXml(width, height));
        Rendering.ReplaceFile.WriteAllText(Path.Combine(reportDirectory, svg), svgText);
        Rendering.ReplaceFile.Unlink(Path.Combine(reportDirectory, png));
        plot.ScaleFactor = PngDensity;
        WritePng(plot, Path.Combine(reportDirectory, png), width * PngDensity, height * PngDensity);
        plot.ScaleFactor = 1;
        return new PlotEntry(fileName, section, title, caption)
        {
            PngFile = png,
            SvgFile = svg,
            EmbeddedUri = EmbeddedUri(svgText),
        };
    }

    /// <summary>The data: URI the self-contained HTML embeds a figure's SVG as.</summary>
    public static string EmbeddedUri(string svgText) => "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svgText));

    /// <summary>
    /// Renders and encodes the PNG with zlib level 1 and the Up filter. ScottPlot's SavePng uses Skia's defaults (every
    /// filter tried per row, zlib level 6), which was the largest part of a warm quickstart re-run's report time (trace
    /// of `socio report`: 1.5 s of 3.6 s in sk_pngencoder_encode). Measured on the quickstart's 19 plots: CPU time of
    /// `socio report` 2.5-3.2 s -> 1.25-1.47 s, PNGs 1.80 MB -> 2.20 MB; same pixels, same bytes on every render.
    /// </summary>
    static void WritePng(Plot plot, string path, int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height)) ?? throw new InvalidOperationException($"cannot allocate a {width}x{height} image for {path}");
        plot.Render(surface.Canvas, width, height);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var encoded = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, zLibLevel: 1))
            ?? throw new InvalidOperationException($"PNG encoding failed for {path}");
        using var file = File.Create(path);
        encoded.SaveTo(file);
    }

    /// <summary>
    /// SkiaSharp's SVG canvas names clip paths from a process-wide counter (<c>cl_3</c> in one render, <c>cl_1b9</c> in a
    /// later one), so the same figure rendered twice in one process gave different bytes and a re-rendered report
    /// differed from the live one. Element ids are renumbered per document in order of appearance.
    /// </summary>
    internal static string StableIds(string svg)
    {
        var renamed = new Dictionary<string, string>();
        foreach (Match id in Regex.Matches(svg, "\\bid=\"([^\"]+)\""))
            renamed.TryAdd(id.Groups[1].Value, $"svg-id-{renamed.Count + 1}");
        if (renamed.Count == 0) return svg;
        string alternatives = string.Join('|', renamed.Keys.Select(Regex.Escape));
        return Regex.Replace(svg, $"(?<=\\bid=\"|#)({alternatives})(?=[\"\\)])", m => renamed[m.Value]);
    }

    /// <summary>A file name from node ids and concept names: lower case letters, digits and dashes only, unique in the report.</summary>
    string UniqueName(string name)
    {
        var safe = new StringBuilder();
        foreach (char c in name.ToLowerInvariant())
            safe.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        string stem = string.Join('-', safe.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (stem.Length == 0) stem = "plot";
        if (stem.Length > 80) stem = stem[..80];
        string candidate = stem;
        for (int i = 2; !usedNames.Add(candidate); i++) candidate = $"{stem}-{i}";
        return candidate;
    }
}

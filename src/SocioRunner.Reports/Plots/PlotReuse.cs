using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Execution;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Plots;

/// <summary>
/// Figures are drawn from the report's sources alone (see <see cref="IReportPlot"/>), so a report whose sources have the
/// same content as the previous report's, drawn by the same code, takes that report's figures instead of drawing them
/// again: on a warm quickstart re-run, drawing and encoding 19 figures was ~0.75 s of the report's ~0.9 s. What decides
/// is <see cref="Fingerprint"/>, recorded in <c>plots/plots.json</c> beside the figures; anything else draws afresh.
/// </summary>
public static class PlotReuse
{
    public const string IndexFile = "plots/plots.json";

    sealed record Index(string Fingerprint, IReadOnlyList<PlotEntry> Plots);

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// SHA-256 over the drawing code (this assembly and the plotting libraries, by module version id: any rebuild with a
    /// change gives a new one) and every source in order: node id, key, and each file's recorded checksum.
    /// </summary>
    public static string Fingerprint(IReadOnlyList<ArtifactHandle> sources)
    {
        var text = new StringBuilder();
        foreach (var assembly in new[] { typeof(PlotReuse).Assembly, typeof(ScottPlot.Plot).Assembly, typeof(SkiaSharp.SKSurface).Assembly })
            text.Append("code ").Append(assembly.GetName().Name).Append(' ').Append(assembly.ManifestModule.ModuleVersionId).Append('\n');
        foreach (var source in sources)
        {
            text.Append("source ").Append(source.NodeId).Append(' ').Append(source.Key).Append('\n');
            foreach (var (path, file) in source.Manifest.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
                text.Append("  ").Append(path).Append(' ').Append(file.Sha256).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// The previous report's figures, linked into <paramref name="reportDirectory"/>'s <c>plots/</c>, when that report
    /// recorded the same <paramref name="fingerprint"/> and every figure file is still there; otherwise null.
    /// </summary>
    public static IReadOnlyList<PlotEntry>? TryReuse(string? previousReport, string fingerprint, string reportDirectory)
    {
        if (previousReport is null || ReadIndex(previousReport) is not { } index || index.Fingerprint != fingerprint) return null;
        var files = index.Plots.SelectMany(p => new[] { p.PngFile, p.SvgFile }).OfType<string>().ToList();
        if (!files.All(f => IsPlotFile(f) && File.Exists(Path.Combine(previousReport, f)))) return null;
        Directory.CreateDirectory(Path.Combine(reportDirectory, "plots"));
        try
        {
            foreach (string file in files) FileLinks.LinkOrCopy(Path.Combine(previousReport, file), Path.Combine(reportDirectory, file));
        }
        catch (IOException)
        {
            // Collected by `cache gc` between the check and the link: draw afresh (whatever was linked is overwritten then).
            return null;
        }
        return index.Plots.Select(p => p.SvgFile is null ? p : p with
        {
            EmbeddedUri = PlotFileWriter.EmbeddedUri(File.ReadAllText(Path.Combine(reportDirectory, p.SvgFile))),
        }).ToList();
    }

    /// <summary>Writes <c>plots/plots.json</c> so the next report of the same plan can reuse these figures.</summary>
    public static void Record(string reportDirectory, string fingerprint, IReadOnlyList<PlotEntry> plots)
    {
        var stored = plots.Select(p => p with { EmbeddedUri = null }).ToList(); // rebuilt from the SVG file on reuse
        string path = Path.Combine(reportDirectory, IndexFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Rendering.ReplaceFile.WriteAllText(path, JsonSerializer.Serialize(new Index(fingerprint, stored), Json));
    }

    static Index? ReadIndex(string reportDirectory)
    {
        string path = Path.Combine(reportDirectory, IndexFile);
        if (!File.Exists(path)) return null;
        try { return JsonSerializer.Deserialize<Index>(File.ReadAllText(path), Json); }
        catch (JsonException) { return null; }
    }

    /// <summary>Only plain files under plots/ are taken over (the index is data read back from disk).</summary>
    static bool IsPlotFile(string relative) =>
        relative.StartsWith("plots/", StringComparison.Ordinal) && !relative.Contains("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
}

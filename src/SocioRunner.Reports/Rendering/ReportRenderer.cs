using Microsoft.Extensions.Logging;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Execution;
using SocioRunner.Reports.Building;
using SocioRunner.Reports.Model;
using SocioRunner.Reports.Plots;

namespace SocioRunner.Reports.Rendering;

/// <summary>
/// Turns artifacts into <c>index.html</c> (one self-contained file), <c>report.md</c> and <c>plots/*.png|svg</c>.
/// Used by the <c>report</c> node and by the CLI verb <c>report &lt;run-dir&gt;</c> (<see cref="RenderRunFolder"/>).
/// </summary>
public sealed class ReportRenderer(ILogger? logger = null)
{
    public const string HtmlTemplate = "run.html.sbn";
    public const string MarkdownTemplate = "run.md.sbn";
    public const string HtmlFile = "index.html";
    public const string MarkdownFile = "report.md";

    /// <summary>The repository's templates, copied next to the assembly at build time.</summary>
    public static string DefaultTemplateFolder => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>The default folder when <paramref name="folder"/> is empty, otherwise the folder relative to the working directory.</summary>
    public static string ResolveTemplateFolder(string? folder) =>
        string.IsNullOrWhiteSpace(folder) ? DefaultTemplateFolder : Path.GetFullPath(folder);

    /// <summary>
    /// Builds the model from <paramref name="sources"/>, draws the figures (or takes them from
    /// <paramref name="previousReport"/>, an earlier report's folder, when its sources were the same: <see cref="PlotReuse"/>)
    /// and renders both templates.
    /// </summary>
    public ReportFiles Render(IReadOnlyList<ArtifactHandle> sources, RunInfo? run, string outputDirectory, string? templates,
        string? title = null, string? previousReport = null)
    {
        // Parse the templates before drawing anything, so a broken template fails fast.
        var renderer = new ReportTemplateRenderer(ResolveTemplateFolder(templates));
        var model = new ReportModelBuilder().Build(sources, run, title);
        string fingerprint = PlotReuse.Fingerprint(sources);
        var reused = PlotReuse.TryReuse(previousReport, fingerprint, outputDirectory);
        var plots = reused ?? new ReportPlotter(logger).Render(model, PlotDataLoader.Load(sources), outputDirectory);
        PlotReuse.Record(outputDirectory, fingerprint, plots);
        return WritePages(renderer, model with { Plots = plots }, outputDirectory) with { PlotsReused = reused is not null };
    }

    /// <summary>Renders the two pages of an already built model (plots attached) without drawing anything.</summary>
    public static ReportFiles RenderModel(ReportModel model, string outputDirectory, string? templates) =>
        WritePages(new ReportTemplateRenderer(ResolveTemplateFolder(templates)), model, outputDirectory);

    /// <summary>
    /// Re-renders the report of a finished run from its folder (<c>run.json</c> and one folder of files per node) into
    /// <c>&lt;run-dir&gt;/report/</c> unless <paramref name="outputDirectory"/> says otherwise. Nothing is recomputed.
    /// </summary>
    public static ReportFiles RenderRunFolder(string runDir, string? templates, string? outputDirectory = null, ILogger? logger = null)
    {
        var (run, sources) = RunFolderReader.Read(runDir);
        string output = outputDirectory ?? Path.Combine(Path.GetFullPath(runDir), "report");
        Directory.CreateDirectory(output);
        return new ReportRenderer(logger).Render(sources, run, output, templates, RunFolderReader.ReportTitle(runDir));
    }

    static ReportFiles WritePages(ReportTemplateRenderer renderer, ReportModel model, string outputDirectory)
    {
        string html = renderer.Render(HtmlTemplate, model);
        string markdown = renderer.Render(MarkdownTemplate, model);
        Directory.CreateDirectory(outputDirectory);
        string htmlPath = Path.Combine(outputDirectory, HtmlFile);
        string markdownPath = Path.Combine(outputDirectory, MarkdownFile);
        ReplaceFile.WriteAllText(htmlPath, html);
        ReplaceFile.WriteAllText(markdownPath, markdown);
        return new ReportFiles(htmlPath, markdownPath, model.Plots);
    }
}

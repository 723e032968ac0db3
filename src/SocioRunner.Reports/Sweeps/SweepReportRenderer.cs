using SocioRunner.Core.Sweeps.Launch;
using SocioRunner.Reports.Rendering;

namespace SocioRunner.Reports.Sweeps;

/// <summary>
/// Writes the sweep report into the sweep folder (index.html, report.md, plots/) from sweep.json and the members'
/// run folders, through templates/sweep.html.sbn and sweep.md.sbn. Safe to re-run at any time (also mid-sweep).
/// </summary>
public static class SweepReportRenderer
{
    /// <param name="slurm">Slurm, for members whose run folder does not tell (queued, running, failed by Slurm); see <see cref="SlurmJobLookup.For"/>.</param>
    public static ReportFiles Render(string sweepDirectory, string? templatesDirectory, SlurmJobLookup? slurm = null)
    {
        var folder = SweepFolder.Open(sweepDirectory);
        var renderer = new ReportTemplateRenderer(templatesDirectory ?? ReportRenderer.DefaultTemplateFolder);
        var manifest = folder.ReadManifest();
        var (model, members) = SweepReportBuilder.Build(folder, manifest, slurm);
        model = model with { Plots = SweepMetricPlot.Draw(manifest, members, folder.Path) };
        string html = Path.Combine(folder.Path, "index.html"), markdown = Path.Combine(folder.Path, "report.md");
        ReplaceFile.WriteAllText(html, renderer.Render("sweep.html.sbn", model));
        ReplaceFile.WriteAllText(markdown, renderer.Render("sweep.md.sbn", model));
        return new ReportFiles(html, markdown, model.Plots);
    }
}

using Microsoft.Extensions.Logging;
using SocioRunner.Core.Nodes;
using SocioRunner.Reports.Rendering;

namespace SocioRunner.Reports.Report;

/// <summary>
/// <c>report</c>: reads the files of every source artifact and writes <c>index.html</c> (self-contained, offline),
/// <c>report.md</c> and <c>plots/</c>. Never cached, so the report always shows this run's cache hits and timings.
/// </summary>
public sealed class ReportNode : NodeKind<ReportOptions>
{
    public const string KindName = "report";
    public const string SourcesSlot = "sources";

    public override string Name => KindName;

    public override string Description =>
        "HTML and Markdown report of the run: metrics, comparison, training curves, TCAV and t-SNE figures";

    public override IReadOnlyList<InputSlot> Inputs { get; } =
    [
        new(SourcesSlot, ["*"], Required: true, Many: true, Description: "the nodes whose results the report shows (any artifact type)"),
    ];

    public override string OutputType => ArtifactTypes.Report;

    public override bool Cacheable => false;

    protected override IEnumerable<OptionProblem> Validate(ReportOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Templates)) yield break;
        string folder = ReportRenderer.ResolveTemplateFolder(options.Templates);
        if (!Directory.Exists(folder))
            yield return new OptionProblem("templates", $"folder '{folder}' not found");
        else
            foreach (string name in new[] { ReportRenderer.HtmlTemplate, ReportRenderer.MarkdownTemplate })
                if (!File.Exists(Path.Combine(folder, name)))
                    yield return new OptionProblem("templates", $"'{Path.Combine(folder, name)}' not found (a template folder needs {ReportRenderer.HtmlTemplate} and {ReportRenderer.MarkdownTemplate})");
    }

    protected override Task ExecuteAsync(NodeContext context, ReportOptions options)
    {
        context.Cancellation.ThrowIfCancellationRequested();
        var sources = context.InputsOf(SourcesSlot);
        // The previous report of the same plan lends its figures when their sources are unchanged (PlotReuse checks).
        var files = new ReportRenderer(context.Logger).Render(sources, context.Run, context.OutputDirectory, options.Templates, options.Title,
            previousReport: context.Previous?.Directory);
        int drawn = files.Plots.Count(p => !p.IsMissing);
        context.Summary["html"] = files.Html;
        context.Summary["markdown"] = files.Markdown;
        context.Summary["plots"] = drawn;
        context.Summary["plots_omitted"] = files.Plots.Count - drawn;
        context.Summary["plots_reused"] = files.PlotsReused;
        context.Logger.LogInformation("report rendered: index.html and report.md with {Plots} plots ({How})", drawn,
            files.PlotsReused ? "taken from the previous report: same sources" : "drawn");
        return Task.CompletedTask;
    }
}

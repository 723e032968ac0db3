using Microsoft.Extensions.Logging.Abstractions;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Nodes;
using SocioRunner.Reports.Plots;
using SocioRunner.Reports.Report;
using SocioRunner.Reports.Tests.Fixtures;

namespace SocioRunner.Reports.Tests.Report;

/// <summary>
/// A report whose sources are the same as the previous report's takes that report's figures (linked, not drawn);
/// anything that could make a figure differ (another source key, a file's checksum, a lost figure file) draws afresh.
/// </summary>
public sealed class PlotReuseTests : IDisposable
{
    readonly TempFolder folder = new();
    readonly FakeRun run;

    public PlotReuseTests() => run = FakeRun.Complete(folder.Combine("run"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Unchanged_sources_take_the_previous_figures_and_the_pages_are_byte_identical_to_a_drawn_report()
    {
        var (drawn, drawnContext) = await Render("drawn", run.Handles, previous: null);
        var (reused, reusedContext) = await Render("reused", run.Handles, previous: drawn);

        Assert.False((bool)drawnContext.Summary["plots_reused"]!);
        Assert.True((bool)reusedContext.Summary["plots_reused"]!);
        var figures = Directory.GetFiles(Path.Combine(drawn, "plots"), "*.png").Concat(Directory.GetFiles(Path.Combine(drawn, "plots"), "*.svg")).ToList();
        Assert.NotEmpty(figures);
        foreach (string figure in figures)
        {
            string twin = Path.Combine(reused, "plots", Path.GetFileName(figure));
            Assert.Equal(2, HardLink.Count(twin)); // linked from the previous report, not drawn again
        }
        // The self-contained page embeds every SVG: rebuilt from the linked files, it is the drawn report's, byte for byte.
        Assert.Equal(File.ReadAllText(Path.Combine(drawn, "index.html")), File.ReadAllText(Path.Combine(reused, "index.html")));
        Assert.Equal(File.ReadAllText(Path.Combine(drawn, "report.md")), File.ReadAllText(Path.Combine(reused, "report.md")));
    }

    [Fact]
    public async Task A_source_with_another_key_draws_afresh()
    {
        var (drawn, _) = await Render("drawn", run.Handles, previous: null);
        var changed = run.Handles.Select(h => h.NodeId == "tcav"
            ? new ArtifactHandle(h.NodeId, h.Manifest with { Key = new string('e', 64) }, h.Directory) : h).ToList();

        var (_, context) = await Render("changed", changed, previous: drawn);

        Assert.False((bool)context.Summary["plots_reused"]!);
    }

    [Fact]
    public async Task A_source_file_with_another_checksum_draws_afresh()
    {
        var (drawn, _) = await Render("drawn", run.Handles, previous: null);
        var changed = run.Handles.Select(h => h.NodeId == "probe"
            ? new ArtifactHandle(h.NodeId, h.Manifest with { Files = new Dictionary<string, ArtifactFile> { ["history.csv"] = new(10, new string('a', 64)) } }, h.Directory)
            : h).ToList();

        var (_, context) = await Render("changed", changed, previous: drawn);

        Assert.False((bool)context.Summary["plots_reused"]!);
    }

    [Fact]
    public async Task A_figure_file_missing_from_the_previous_report_draws_every_figure_afresh()
    {
        var (drawn, _) = await Render("drawn", run.Handles, previous: null);
        File.Delete(Directory.GetFiles(Path.Combine(drawn, "plots"), "*.png")[0]);

        var (redrawn, context) = await Render("redrawn", run.Handles, previous: drawn);

        Assert.False((bool)context.Summary["plots_reused"]!);
        Assert.All(Directory.GetFiles(Path.Combine(redrawn, "plots"), "*.png"), png => Assert.Equal(1, HardLink.Count(png)));
    }

    [Fact]
    public void The_fingerprint_depends_on_the_order_of_the_sources()
    {
        var reversed = run.Handles.Reverse().ToList();
        Assert.NotEqual(PlotReuse.Fingerprint(run.Handles), PlotReuse.Fingerprint(reversed));
        Assert.Equal(PlotReuse.Fingerprint(run.Handles), PlotReuse.Fingerprint(run.Handles.ToList()));
    }

    async Task<(string Directory, NodeContext Context)> Render(string name, IReadOnlyList<ArtifactHandle> sources, string? previous)
    {
        string output = folder.Combine(name);
        Directory.CreateDirectory(output);
        var context = new NodeContext("report", "report", 1, "cpu", output, folder.Combine("work"),
            new Dictionary<string, IReadOnlyList<ArtifactHandle>> { ["sources"] = sources },
            NullLogger.Instance, NullProgressSink.Instance, run.Run(), CancellationToken.None)
        {
            Previous = previous is null ? null : new ArtifactHandle("report", run.Handles[0].Manifest with { Key = new string('f', 64) }, previous),
        };
        await new ReportNode().ExecuteAsync(context, new ReportOptions());
        return (output, context);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Nodes;
using SocioRunner.Reports.Report;
using SocioRunner.Reports.Tests.Fixtures;

namespace SocioRunner.Reports.Tests.Report;

public sealed class ReportNodeTests : IDisposable
{
    readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Is_registered_uncached_and_takes_any_number_of_any_artifacts()
    {
        var registration = Assert.Single(new ServiceCollection().AddReportsNodes(), d => d.ServiceType == typeof(INodeKind));
        Assert.Equal(typeof(ReportNode), registration.ImplementationType);
        INodeKind kind = new ReportNode();

        Assert.Equal("report", kind.Name);
        Assert.False(kind.Cacheable);
        Assert.Equal(ArtifactTypes.Report, kind.OutputType);
        var slot = Assert.Single(kind.Inputs);
        Assert.Equal("sources", slot.Name);
        Assert.True(slot.Many);
        Assert.True(slot.Accepts("anything"));
    }

    [Fact]
    public void Validation_names_a_missing_template_folder()
    {
        var problems = new ReportNode().Validate(new ReportOptions { Templates = folder.Combine("absent") }).ToList();

        Assert.Contains(problems, p => p.Key == "templates" && p.Message.Contains("absent"));
    }

    [Fact]
    public void Validation_names_a_template_folder_without_the_run_templates()
    {
        var problems = new ReportNode().Validate(new ReportOptions { Templates = folder.Path }).ToList();

        Assert.Contains(problems, p => p.Key == "templates" && p.Message.Contains("run.html.sbn"));
    }

    [Fact]
    public async Task Writes_index_html_report_md_and_plots_into_the_output_folder()
    {
        var run = FakeRun.Complete(folder.Combine("run"));
        string output = folder.Combine("out");
        Directory.CreateDirectory(output);
        var context = new NodeContext("report", "report", 1, "cpu", output, folder.Combine("work"),
            new Dictionary<string, IReadOnlyList<ArtifactHandle>> { ["sources"] = run.Handles },
            NullLogger.Instance, NullProgressSink.Instance, run.Run(), CancellationToken.None);

        await new ReportNode().ExecuteAsync(context, new ReportOptions { Title = "My <b>title</b>" });

        string html = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("My &lt;b&gt;title&lt;/b&gt;", html);
        Assert.True(File.Exists(Path.Combine(output, "report.md")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(output, "plots"), "*.svg"));
        Assert.Equal(12, (int)context.Summary["plots"]!);
    }
}

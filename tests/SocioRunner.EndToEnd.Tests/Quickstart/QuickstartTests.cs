using SocioRunner.Cli.Tests;

namespace SocioRunner.EndToEnd.Tests.Quickstart;

[Collection(QuickstartCollection.Name)]
public sealed class QuickstartTests(QuickstartRun quickstart)
{
    [Fact]
    public void Quickstart_succeeds_and_prints_the_report_paths()
    {
        Assert.True(quickstart.ExitCode == 0, quickstart.Output);
        Assert.Contains("report: ", quickstart.Output);
        Assert.True(File.Exists(quickstart.NodeFile("report", "index.html")));
        Assert.True(File.Exists(quickstart.NodeFile("report", "report.md")));
    }

    [Fact]
    public async Task A_second_run_reuses_every_cacheable_node()
    {
        var (exit, _, err) = await CliRunner.Run(quickstart.WorkingDirectory, quickstart.ExperimentFile);
        Assert.True(exit == 0, err);
        var nodes = quickstart.RunJson(quickstart.LatestRun())["nodes"]!.AsArray();
        Assert.All(nodes.Where(n => (string?)n!["kind"] != "report"), n => Assert.Equal("cached", (string?)n!["status"]));
    }
}

using SocioRunner.EndToEnd.Tests.Faults;

namespace SocioRunner.EndToEnd.Tests.Sweeps;

/// <summary>
/// On the real single-node Slurm: when the shared job fails (the L1 baseline both members share fails inside libtorch:
/// more pooling stages than a 16 px tile allows), Slurm cancels the members (afterok never satisfied,
/// Reason=DependencyNeverSatisfied), and <c>sweep status</c> and the sweep report say the same thing about them.
/// About 15 s; the stand-in-Slurm version is SocioRunner.Cli.Tests (Sweeps/UpstreamFailureTests).
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class SlurmUpstreamFailureTests : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("socio-e2e-upstream-").FullName;

    [SkippableFact]
    public async Task Members_whose_shared_job_failed_are_cancelled_and_status_and_report_say_why()
    {
        string? unavailable = SweepWorkspace.SlurmUnavailable();
        Skip.If(unavailable is not null, unavailable);
        string experiment = Path.Combine(root, "upstream.yaml");
        File.WriteAllText(experiment, SocioRunner.Cli.Tests.Sweeps.UpstreamFailureGraph.Yaml);
        var environment = new Dictionary<string, string> { ["SOCIO_COMMAND"] = $"dotnet {SocioProcess.Launcher}" };

        using var sweep = await SocioProcess.Start(root, environment, ["run", experiment, "--multirun", "--set", "nodes.pretrain.temperature=0.5,2",
            "--launcher", "slurm", "--wait", "--cache", Path.Combine(root, "cache"), "--output", Path.Combine(root, "reports")]);
        var (exit, output) = await sweep.WaitAsync(TimeSpan.FromMinutes(5));
        Assert.True(exit == 3, output);
        Assert.Contains("shared nodes city, income, encoder, baseline (as in m00): job", output);
        string folder = Directory.EnumerateDirectories(Path.Combine(root, "reports", "upstream"), "*-sweep").Single();
        string job = (string)System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "sweep.json")))!["jobs"]!["m00"]!;
        Assert.Contains("JobState=CANCELLED Reason=DependencyNeverSatisfied", SweepWorkspace.Tool("scontrol", "show", "job", job).Out);

        const string Why = "upstream baseline failed (job shared-m00)";
        string report = File.ReadAllText(Path.Combine(folder, "report.md"));
        Assert.Contains("2 members: 0 done, 0 failed, 2 cancelled, 0 not finished.", report);
        Assert.Contains($"| m00 | pretrain.temperature=0.5 | cancelled: {Why} |", report);
        Assert.Contains($"| m01 | pretrain.temperature=2 | cancelled: {Why} |", report);

        using var status = await SocioProcess.Start(root, ["sweep", "status", folder]);
        (exit, output) = await status.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(exit == 3, output);
        // Table cells may wrap; the member's status cell and the words of its detail are there.
        Assert.Matches(@"│ m00\s+│[^│]*│ cancelled\s+│", output);
        Assert.Matches(@"│ m01\s+│[^│]*│ cancelled\s+│", output);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(output, @"upstream baseline\s").Count);
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

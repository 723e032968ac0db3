using SocioRunner.EndToEnd.Tests.Faults;

namespace SocioRunner.EndToEnd.Tests.Sweeps;

/// <summary>
/// A member that fails does not stop the sweep (--launcher local, real child processes): the others run, the sweep
/// exits 3, and the report and <c>sweep status</c> mark it failed with its error line (not a stack frame).
/// The failure is real: a small CNN with more pooling stages than a 16 px tile allows fails inside libtorch.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class LocalSweepTests : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("socio-e2e-local-sweep-").FullName;

    [Fact]
    public async Task A_failing_member_does_not_stop_the_others_and_report_and_status_mark_it_failed()
    {
        string experiment = Path.Combine(root, "failing.yaml");
        File.WriteAllText(experiment, """
            name: failing
            seed: 3
            device: cpu
            nodes:
              city: { kind: dataset/synthetic-city, tiles: 24, tile_size: 16, flair_patches: 0 }
              income: { kind: dataset/household-income, inputs: { raw: city } }
              encoder: { kind: encoder/small-cnn, widths: [4, 4], input_size: 16 }
              pretrain: { kind: train/rnc, inputs: { dataset: income, encoder: encoder }, epochs: 1, batch_size: 4 }
            """);
        var environment = new Dictionary<string, string> { ["SOCIO_COMMAND"] = $"dotnet {SocioProcess.Launcher}" };
        string cache = Path.Combine(root, "cache"), reports = Path.Combine(root, "reports");

        // The failing member comes first, one member at a time: the second runs only if the sweep goes on.
        using var sweep = await SocioProcess.Start(root, environment, ["run", experiment, "--multirun", "--set", "nodes.encoder.widths=[4,4,4,4,4,4],[4,4]",
            "--parallel", "1", "--cache", cache, "--output", reports]);
        var (exit, output) = await sweep.WaitAsync(TimeSpan.FromMinutes(4));

        Assert.True(exit == 3, output);
        Assert.Contains("m00 (encoder.widths=[4, 4, 4, 4, 4, 4]): failed - [pretrain] ", output);
        Assert.Contains("m01 (encoder.widths=[4, 4]): done", output);
        Assert.Contains("1 member(s) did not finish; the report marks them.", output);
        string folder = Directory.EnumerateDirectories(Path.Combine(reports, "failing"), "*-sweep").Single();
        string report = File.ReadAllText(Path.Combine(folder, "report.md"));
        Assert.Contains("2 members: 1 done, 1 failed, 0 cancelled, 0 not finished.", report);
        string failedRow = report.Split('\n').Single(l => l.StartsWith("| m00 |", StringComparison.Ordinal));
        Assert.StartsWith("| m00 | encoder.widths=[4, 4, 4, 4, 4, 4] | failed: [pretrain] ", failedRow);
        Assert.Contains("Output size is too small", failedRow);
        Assert.DoesNotContain("   at ", failedRow);
        Assert.StartsWith("| m01 | encoder.widths=[4, 4] | done |", report.Split('\n').Single(l => l.StartsWith("| m01 |", StringComparison.Ordinal)));

        using var status = await SocioProcess.Start(root, ["sweep", "status", folder]);
        (exit, output) = await status.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(exit == 3, output);
        Assert.Matches(@"│ m00\s+│[^│]*│ failed\s+│ -\s+│ \[pretrain\] ", output);
        Assert.Matches(@"│ m01\s+│[^│]*│ done\s+│", output);
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

namespace SocioRunner.Cli.Tests.Faults;

/// <summary>
/// An error raised inside libtorch during a node (here: a small CNN with more pooling stages than a 16 px tile
/// allows, so max pooling fails with "Output size is too small") ends like any node failure: the node named, exit 3,
/// one line on the console (no C++ frame dump: that goes to run.log), nothing half-written in the cache, and the
/// run resumes from the failed node once the configuration is fixed.
/// </summary>
public sealed class NativeFailureTests : IDisposable
{
    readonly TinyCacheWorkspace workspace = new();

    string Experiment(string widths) => workspace.Write($"native-{widths.Replace(',', '-')}.yaml", $$"""
        name: native
        seed: 3
        device: cpu
        nodes:
          city: { kind: dataset/synthetic-city, tiles: 24, tile_size: 16, flair_patches: 0 }
          income: { kind: dataset/household-income, inputs: { raw: city } }
          encoder: { kind: encoder/small-cnn, widths: [{{widths}}], input_size: 16 }
          pretrain: { kind: train/rnc, inputs: { dataset: income, encoder: encoder }, epochs: 1, batch_size: 4 }
        """);

    [Fact]
    public async Task A_libtorch_error_names_the_node_exits_3_without_a_frame_dump_and_resumes()
    {
        var (exit, stdout, stderr) = await workspace.Cli("run", Experiment("4,4,4,4,4,4"));

        string console = stdout + stderr;
        Assert.True(exit == 3, console);
        var run = workspace.LatestRun();
        var failed = run["nodes"]!.AsArray().Single(n => (string?)n!["status"] == "failed")!;
        string node = (string)failed["id"]!;
        Assert.Contains($": nodes.{node}: ", stderr);   // located: <file>:<line>:<col>: nodes.<id>: <reason>
        Assert.Contains("Output size is too small", stderr);
        Assert.DoesNotContain("frame #", console);
        Assert.DoesNotContain("Exception raised from", console);
        Assert.Single(stderr.Split('\n'), line => line.StartsWith("error: ", StringComparison.Ordinal));

        string log = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(workspace.Root, "reports"), "run.log", SearchOption.AllDirectories).Single());
        Assert.Contains("Output size is too small", log);
        Assert.Contains("frame #", log); // the full native trace is kept for a bug report
        Assert.False(Directory.Exists(workspace.ObjectDirectory((string)failed["key"]!)), "a failed node left an artifact");
        string pending = Path.Combine(workspace.Cache, "tmp");
        Assert.False(Directory.Exists(pending) && Directory.EnumerateFileSystemEntries(pending).Any(), "a half-written artifact was left in tmp/");

        var fixedRun = await workspace.RunOk(Experiment("4,4"));
        Assert.Equal("cached", TinyCacheWorkspace.Status(fixedRun, "city"));
        Assert.Equal("cached", TinyCacheWorkspace.Status(fixedRun, "income"));
        Assert.Equal("ran", TinyCacheWorkspace.Status(fixedRun, "pretrain"));
    }

    public void Dispose() => workspace.Dispose();
}

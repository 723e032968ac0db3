using System.Text.Json.Nodes;

namespace SocioRunner.EndToEnd.Tests.Faults;

/// <summary>
/// Resume for the supervised kinds (<c>train/probe</c> and <c>train/regression</c>), not only RNC: a run is SIGKILLed in
/// the middle of whichever of the two trains first, the next run in the middle of the other; each next run logs that
/// it resumes the killed node after its last saved epoch, and the final run finishes. Resume is exact: retraining both
/// nodes from scratch (<c>--force</c>) gives the same metrics as the resumed artifacts.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class SupervisedResumeTests : IDisposable
{
    const int Epochs = TrainingWorkspace.LongTraining;
    readonly TrainingWorkspace workspace = new();

    [Fact]
    public async Task Killed_probe_and_regression_training_resume_exactly_from_their_checkpoints()
    {
        string experiment = workspace.SupervisedExperiment(Epochs);
        var order = PlannedKeys.Of(experiment).Where(n => n.Node is "probe" or "baseline").ToList();
        Assert.Equal(2, order.Count);
        var (first, second) = (order[0], order[1]);

        await KillDuring(experiment, first.Key);
        string secondRunLog = await KillDuring(experiment, second.Key);
        Assert.Matches($@"{first.Node}: resuming after epoch ([2-9]|[1-3][0-9]) from ", secondRunLog);

        var (exit, stdout, stderr) = await workspace.Cli("run", experiment);

        Assert.True(exit == 0, stdout + stderr);
        var run = workspace.LatestRun();
        Assert.Equal("cached", TrainingWorkspace.Status(run, first.Node));
        Assert.Equal("ran", TrainingWorkspace.Status(run, second.Node));
        Assert.Matches($@"{second.Node}: resuming after epoch ([2-9]|[1-3][0-9]) from ", File.ReadAllText(Path.Combine(workspace.LatestRunFolder(), "run.log")));
        var resumed = order.ToDictionary(n => n.Node, n => Metrics(n.Key));

        var (forcedExit, forcedOut, forcedErr) = await workspace.Cli("run", experiment, "--force", "probe", "--force", "baseline");

        Assert.True(forcedExit == 0, forcedOut + forcedErr);
        string forcedLog = File.ReadAllText(Path.Combine(workspace.LatestRunFolder(), "run.log"));
        Assert.DoesNotContain("resuming after epoch", forcedLog);
        foreach (var (node, key) in order)
        {
            Assert.Equal("ran", TrainingWorkspace.Status(workspace.LatestRun(), node));
            Assert.True(resumed[node].Count >= 5, $"{node}: only {resumed[node].Count} metrics");
            Assert.Equal(resumed[node].ToJsonString(), Metrics(key).ToJsonString());
        }
    }

    /// <summary>Starts a run, SIGKILLs it once the node with <paramref name="key"/> saved two epochs, returns that run's run.log.</summary>
    async Task<string> KillDuring(string experiment, string key)
    {
        using (var process = await workspace.Start("run", experiment))
        {
            await workspace.WaitForCheckpoint(process, epochs: 2, TimeSpan.FromMinutes(5), key, then: process.Kill);
        }
        Assert.False(Directory.Exists(Path.Combine(workspace.Cache, "objects", key)), "the killed node has an artifact");
        return File.ReadAllText(Path.Combine(workspace.LatestRunFolder(), "run.log"));
    }

    /// <summary>The manifest's metrics without wall-clock timings, which no seed can fix.</summary>
    JsonObject Metrics(string key)
    {
        var metrics = JsonNode.Parse(File.ReadAllText(Path.Combine(workspace.Cache, "objects", key, "manifest.json")))!["metrics"]!.AsObject();
        return new JsonObject(metrics.Where(kv => !kv.Key.EndsWith("_seconds", StringComparison.Ordinal))
            .Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone())));
    }

    public void Dispose() => workspace.Dispose();
}

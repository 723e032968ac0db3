namespace SocioRunner.EndToEnd.Tests.Faults;

/// <summary>
/// SIGKILL in the middle of RNC pretraining: the next run reuses the finished nodes, resumes the training node
/// from its last checkpoint (and says so in run.log), and ends with artifacts that <c>cache verify</c> finds intact.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class KilledTrainingTests : IDisposable
{
    readonly TrainingWorkspace workspace = new();

    [Fact]
    public async Task A_killed_training_node_resumes_from_its_checkpoint_and_finished_nodes_stay_cached()
    {
        string experiment = workspace.Experiment(pretrainEpochs: TrainingWorkspace.LongTraining);
        using (var doomed = await workspace.Start("run", experiment))
        {
            await workspace.WaitForCheckpoint(doomed, epochs: 2, TimeSpan.FromMinutes(5), then: doomed.Kill);
        }

        var (exit, stdout, stderr) = await workspace.Cli("run", experiment);

        Assert.True(exit == 0, stdout + stderr);
        var run = workspace.LatestRun();
        Assert.All(new[] { "city", "income", "encoder" }, node => Assert.Equal("cached", TrainingWorkspace.Status(run, node)));
        Assert.Equal("ran", TrainingWorkspace.Status(run, "pretrain"));
        string log = File.ReadAllText(Path.Combine(workspace.LatestRunFolder(), "run.log"));
        Assert.Matches(@"pretrain: resuming after epoch ([2-9]|[1-3][0-9]) from ", log);
        var (verifyExit, verifyOut, _) = await workspace.Cli("cache", "verify");
        Assert.True(verifyExit == 0, verifyOut);
        Assert.Contains("0 corrupted", verifyOut);
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(workspace.Cache, "work"))); // resume state is dropped once committed
    }

    public void Dispose() => workspace.Dispose();
}

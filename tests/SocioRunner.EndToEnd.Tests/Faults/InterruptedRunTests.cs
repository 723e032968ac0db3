namespace SocioRunner.EndToEnd.Tests.Faults;

/// <summary>
/// Ctrl-C for real: SIGINT to a CLI child process in the middle of RNC pretraining. The CLI stops after cleaning up
/// the node in progress and exits 130 without a stack trace; run.json records the node as cancelled; no artifact for
/// it appears in objects/ and nothing is left in tmp/; its resume state survives, so the next run reuses the finished
/// nodes, resumes the training node from its last epoch and finishes with a cache that verifies clean.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class InterruptedRunTests : IDisposable
{
    readonly TrainingWorkspace workspace = new();

    // Long training (TrainingWorkspace.LongTraining) so the node is still running when SIGINT lands.
    [Fact]
    public async Task Ctrl_c_exits_130_leaves_no_half_artifact_and_the_next_run_resumes()
    {
        string experiment = workspace.Experiment(pretrainEpochs: TrainingWorkspace.LongTraining);
        (int exit, string output) interrupted;
        using (var process = await workspace.Start("run", experiment))
        {
            await workspace.WaitForCheckpoint(process, epochs: 2, TimeSpan.FromMinutes(5), then: process.Interrupt);
            interrupted = await process.WaitAsync(TimeSpan.FromMinutes(2));
        }

        Assert.True(interrupted.exit == 130, $"exit {interrupted.exit}:\n{interrupted.output}");
        Assert.Contains("stopping after cleaning up the node in progress", interrupted.output);
        Assert.Contains("cancelled", interrupted.output);
        Assert.DoesNotContain("   at ", interrupted.output);
        var run = workspace.LatestRun();
        Assert.Equal("cancelled", TrainingWorkspace.Status(run, "pretrain"));
        Assert.All(new[] { "city", "income", "encoder" }, node => Assert.Equal("ran", TrainingWorkspace.Status(run, node)));
        string pretrainKey = TrainingWorkspace.Key(run, "pretrain");
        Assert.False(Directory.Exists(Path.Combine(workspace.Cache, "objects", pretrainKey)), "a cancelled node left an artifact");
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(workspace.Cache, "tmp")));
        Assert.True(File.Exists(Path.Combine(workspace.Cache, "work", pretrainKey, "resume", "state.json")), "the resume state was lost");

        var (exit, stdout, stderr) = await workspace.Cli("run", experiment);

        Assert.True(exit == 0, stdout + stderr);
        var resumed = workspace.LatestRun();
        Assert.All(new[] { "city", "income", "encoder" }, node => Assert.Equal("cached", TrainingWorkspace.Status(resumed, node)));
        Assert.Equal("ran", TrainingWorkspace.Status(resumed, "pretrain"));
        Assert.Matches(@"pretrain: resuming after epoch ([2-9]|[1-3][0-9]) from ", File.ReadAllText(Path.Combine(workspace.LatestRunFolder(), "run.log")));
        Assert.True(Directory.Exists(Path.Combine(workspace.Cache, "objects", pretrainKey)));
        var (verifyExit, verifyOut, _) = await workspace.Cli("cache", "verify");
        Assert.True(verifyExit == 0, verifyOut);
        Assert.Contains("0 corrupted", verifyOut);
    }

    public void Dispose() => workspace.Dispose();
}

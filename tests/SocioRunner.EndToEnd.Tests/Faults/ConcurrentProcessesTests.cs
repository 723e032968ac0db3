using SocioRunner.Core.Artifacts;

namespace SocioRunner.EndToEnd.Tests.Faults;

/// <summary>
/// Real processes on one cache with per-artifact locks: two runs of one experiment both succeed and each node is
/// computed by exactly one of them; a SIGKILLed holder's lock is taken over (on this machine at once, from
/// another machine after its heartbeat goes stale) and the training resumes from its checkpoint.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class ConcurrentProcessesTests : IDisposable
{
    readonly TrainingWorkspace workspace = new();

    [Fact]
    public async Task Two_processes_share_the_cache_and_each_node_is_computed_once()
    {
        string experiment = workspace.Experiment(pretrainEpochs: TrainingWorkspace.LongTraining);
        using var first = await workspace.Start("run", experiment);
        await workspace.WaitForCheckpoint(first, epochs: 1, TimeSpan.FromMinutes(5));
        using var second = await workspace.Start("run", experiment);

        var (firstExit, firstOutput) = await first.WaitAsync(TimeSpan.FromMinutes(10));
        var (secondExit, secondOutput) = await second.WaitAsync(TimeSpan.FromMinutes(10));

        Assert.True(firstExit == 0, firstOutput);
        Assert.True(secondExit == 0, secondOutput);
        Assert.Contains("pretrain: waiting for artifact", secondOutput);
        var runs = workspace.Runs().ToList();
        Assert.Equal(2, runs.Count);
        foreach (string node in new[] { "city", "income", "encoder", "pretrain", "probe" })
            Assert.Equal(1, runs.Count(run => TrainingWorkspace.Status(run, node) == "ran"));
        var (verifyExit, verifyOut, _) = await workspace.Cli("cache", "verify");
        Assert.True(verifyExit == 0, verifyOut);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(workspace.Cache, "locks")));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(workspace.Cache, "leases")));
    }

    [Fact]
    public async Task A_SIGKILLed_holder_on_another_machine_is_taken_over_once_its_heartbeat_is_stale_and_training_resumes()
    {
        string experiment = workspace.Experiment(pretrainEpochs: TrainingWorkspace.LongTraining);
        var fastLocks = new Dictionary<string, string> { ["SOCIO_LOCK_STALE_SECONDS"] = "3" };
        string lockPath;
        using (var doomed = await workspace.Start(fastLocks, "run", experiment))
        {
            await workspace.WaitForCheckpoint(doomed, epochs: 2, TimeSpan.FromMinutes(5), then: doomed.Kill);
            // A SIGKILLed holder leaves its lock file behind (that is what the successor has to take over).
            lockPath = Directory.EnumerateFiles(Path.Combine(workspace.Cache, "locks"), "*.lock").Single();
        }
        // Pretend the killed holder ran on another node of the cluster: its pid means nothing here, only the heartbeat counts.
        var owner = LockOwner.TryRead(lockPath)!;
        File.WriteAllText(lockPath, (owner with { Host = "other-node" }).ToJson());

        using var successor = await workspace.Start(fastLocks, "run", experiment);
        var (exit, output) = await successor.WaitAsync(TimeSpan.FromMinutes(10));

        Assert.True(exit == 0, output);
        Assert.Contains("pretrain: waiting for artifact", output);
        Assert.Contains("host other-node", output);
        string log = File.ReadAllText(Path.Combine(workspace.LatestRunFolder(), "run.log"));
        Assert.Matches(@"pretrain: resuming after epoch ([2-9]|[1-3][0-9]) from ", log);
        Assert.False(File.Exists(lockPath));
        var (verifyExit, verifyOut, _) = await workspace.Cli("cache", "verify");
        Assert.True(verifyExit == 0, verifyOut);
    }

    public void Dispose() => workspace.Dispose();
}

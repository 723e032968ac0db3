namespace SocioRunner.EndToEnd.Tests.Faults;

/// <summary>
/// Two real processes run the same experiment on the same cache: the second fails at once (exit 4, a clear message),
/// a third with --lock-timeout waits for the first and then reuses everything; the cache verifies clean.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class ConcurrentProcessesTests : IDisposable
{
    readonly TrainingWorkspace workspace = new();

    [Fact]
    public async Task A_second_process_fails_clearly_and_a_waiting_one_reuses_the_first_ones_artifacts()
    {
        string experiment = workspace.Experiment(pretrainEpochs: 6);
        using var first = await workspace.Start("run", experiment);
        await workspace.WaitForCheckpoint(first, epochs: 1, TimeSpan.FromMinutes(5));

        using var second = await workspace.Start("run", experiment);
        var (secondExit, secondOutput) = await second.WaitAsync(TimeSpan.FromMinutes(2));
        using var waiting = await workspace.Start("run", experiment, "--lock-timeout", "600");
        var (firstExit, firstOutput) = await first.WaitAsync(TimeSpan.FromMinutes(10));
        var (waitingExit, waitingOutput) = await waiting.WaitAsync(TimeSpan.FromMinutes(10));

        Assert.Equal(4, secondExit);
        Assert.Contains("the cache is in use by another run", secondOutput);
        Assert.DoesNotContain("   at ", secondOutput);
        Assert.True(firstExit == 0, firstOutput);
        Assert.True(waitingExit == 0, waitingOutput);
        Assert.Contains("waiting for another run using the cache", waitingOutput);
        Assert.Contains("(5 cached, 0 ran)", waitingOutput);
        var (verifyExit, verifyOut, _) = await workspace.Cli("cache", "verify");
        Assert.True(verifyExit == 0, verifyOut);
    }

    public void Dispose() => workspace.Dispose();
}

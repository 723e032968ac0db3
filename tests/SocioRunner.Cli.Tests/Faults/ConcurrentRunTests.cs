using SocioRunner.Core.Artifacts;

namespace SocioRunner.Cli.Tests.Faults;

/// <summary>Two runs on one cache: the second fails at once with exit code 4 and a clear message, or waits with --lock-timeout.</summary>
public sealed class ConcurrentRunTests : IDisposable
{
    readonly TinyCacheWorkspace workspace = new();

    [Fact]
    public async Task A_second_run_on_a_busy_cache_fails_clearly_with_exit_4_and_changes_nothing()
    {
        string experiment = workspace.Experiment();
        await workspace.RunOk(experiment);
        var objects = Directory.EnumerateFileSystemEntries(workspace.Objects, "*", SearchOption.AllDirectories).Order().ToList();
        using (CacheLock.Acquire(workspace.Cache, TimeSpan.Zero))
        {
            var (exit, _, stderr) = await workspace.Cli("run", experiment, "--set", "nodes.city.tiles=21");
            Assert.Equal(4, exit);
            Assert.Contains("the cache is in use by another run", stderr);
            Assert.Contains("--lock-timeout", stderr);
            Assert.DoesNotContain("   at ", stderr);
        }
        Assert.Equal(objects, Directory.EnumerateFileSystemEntries(workspace.Objects, "*", SearchOption.AllDirectories).Order().ToList());
        Assert.Equal(0, (await workspace.Cli("cache", "verify")).Exit);
    }

    [Fact]
    public async Task With_lock_timeout_the_second_run_waits_for_the_first_and_then_succeeds()
    {
        string experiment = workspace.Experiment();
        var holder = CacheLock.Acquire(workspace.Cache, TimeSpan.Zero);
        var release = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => holder.Dispose());

        var (exit, stdout, stderr) = await workspace.Cli("run", experiment, "--lock-timeout", "30");

        await release;
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("waiting for another run using the cache", stdout + stderr);
        Assert.Equal(0, (await workspace.Cli("cache", "verify")).Exit);
    }

    public void Dispose() => workspace.Dispose();
}

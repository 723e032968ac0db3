using SocioRunner.Core.Artifacts;

namespace SocioRunner.Cli.Tests.Faults;

/// <summary>
/// Runs sharing one cache lock per artifact: a run needing an artifact another run is computing waits and reuses it;
/// --lock-timeout bounds the wait (exit 4, a clear message, nothing changed); a lock left by a dead process is taken over.
/// </summary>
public sealed class ConcurrentRunTests : IDisposable
{
    readonly TinyCacheWorkspace workspace = new();

    [Fact]
    public async Task With_lock_timeout_a_run_gives_up_on_a_held_artifact_with_exit_4_and_changes_nothing()
    {
        string experiment = workspace.Experiment();
        string cityKey = TinyCacheWorkspace.Key(await workspace.RunOk(experiment), "city");
        var objects = Directory.EnumerateFileSystemEntries(workspace.Objects, "*", SearchOption.AllDirectories).Order().ToList();
        using (ArtifactLock.TryAcquire(workspace.Cache, cityKey, LockOwner.Current("holder-run", TimeProvider.System), LockTiming.Default))
        {
            var (exit, _, stderr) = await workspace.Cli("run", experiment, "--force", "city", "--lock-timeout", "1");
            Assert.Equal(4, exit);
            Assert.Contains($"artifact {cityKey[..12]} is being computed by run holder-run", stderr);
            Assert.Contains("--lock-timeout", stderr);
            Assert.DoesNotContain("   at ", stderr);
        }
        Assert.Equal(objects, Directory.EnumerateFileSystemEntries(workspace.Objects, "*", SearchOption.AllDirectories).Order().ToList());
        Assert.Equal(0, (await workspace.Cli("cache", "verify")).Exit);
    }

    [Fact]
    public async Task A_run_waits_for_an_artifact_another_run_holds_and_then_succeeds()
    {
        string experiment = workspace.Experiment();
        string cityKey = TinyCacheWorkspace.Key(await workspace.RunOk(experiment), "city");
        var holder = ArtifactLock.TryAcquire(workspace.Cache, cityKey, LockOwner.Current("holder-run", TimeProvider.System), LockTiming.Default)!;
        var release = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => holder.Dispose());

        var (exit, stdout, stderr) = await workspace.Cli("run", experiment, "--force", "city");

        await release;
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains($"city: waiting for artifact {cityKey[..12]}, being computed by run holder-run", stdout + stderr);
        Assert.Equal(0, (await workspace.Cli("cache", "verify")).Exit);
    }

    [Fact]
    public async Task A_lock_left_behind_by_a_killed_process_on_this_machine_does_not_block()
    {
        string experiment = workspace.Experiment();
        string cityKey = TinyCacheWorkspace.Key(await workspace.RunOk(experiment), "city");
        using var gone = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        gone.WaitForExit();
        string lockPath = ArtifactLock.PathFor(workspace.Cache, cityKey);
        File.WriteAllText(lockPath, new LockOwner(Environment.MachineName, gone.Id, "killed", DateTimeOffset.UtcNow, "t").ToJson());

        var run = await workspace.RunOk(experiment, "--force", "city", "--lock-timeout", "5");

        Assert.Equal("ran", TinyCacheWorkspace.Status(run, "city"));
        Assert.False(File.Exists(lockPath));
    }

    public void Dispose() => workspace.Dispose();
}

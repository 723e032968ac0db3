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
        // Released once the second run says it waits (its run.log), not after a fixed delay: under load the run could
        // start after the delay (it also queues for the in-process CLI gate) and never wait. A cap keeps a broken
        // waiter from hanging the test; the assertions below then fail.
        var earlierRuns = RunLogs().ToHashSet();
        var release = Task.Run(async () =>
        {
            var cap = System.Diagnostics.Stopwatch.StartNew();
            while (cap.Elapsed < TimeSpan.FromMinutes(2) && !RunLogs().Except(earlierRuns).Any(log => ReadShared(log).Contains("waiting for artifact", StringComparison.Ordinal)))
                await Task.Delay(50);
            holder.Dispose();
        });

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
        using var gone = CliRunner.StartProcess(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false });
        gone.WaitForExit();
        string lockPath = ArtifactLock.PathFor(workspace.Cache, cityKey);
        File.WriteAllText(lockPath, new LockOwner(Environment.MachineName, gone.Id, "killed", DateTimeOffset.UtcNow, "t").ToJson());

        var run = await workspace.RunOk(experiment, "--force", "city", "--lock-timeout", "5");

        Assert.Equal("ran", TinyCacheWorkspace.Status(run, "city"));
        Assert.False(File.Exists(lockPath));
    }

    List<string> RunLogs()
    {
        string reports = Path.Combine(workspace.Root, "reports");
        return Directory.Exists(reports)
            ? Directory.EnumerateFiles(reports, "run.log", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    static string ReadShared(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return new StreamReader(stream).ReadToEnd();
        }
        catch (IOException) { return ""; }
    }

    public void Dispose() => workspace.Dispose();
}

using System.Diagnostics;
using SocioRunner.Core.Artifacts;

namespace SocioRunner.Core.Tests.Artifacts;

/// <summary>Per-artifact lock files: exclusive, released, taken over from dead holders, never from live ones.</summary>
public sealed class ArtifactLockTests : IDisposable
{
    const string Key = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    readonly string cache = Directory.CreateTempSubdirectory("socio-locks-").FullName;
    static readonly LockTiming Fast = new(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(800));

    static LockOwner Owner(string run) => LockOwner.Current(run, TimeProvider.System);

    [Fact]
    public void A_held_lock_excludes_a_second_holder_until_released()
    {
        var first = ArtifactLock.TryAcquire(cache, Key, Owner("first"), Fast);
        Assert.NotNull(first);
        Assert.Null(ArtifactLock.TryAcquire(cache, Key, Owner("second"), Fast));
        Assert.Equal("first", ArtifactLock.Holder(cache, Key)?.Run);
        first.Dispose();
        Assert.Null(ArtifactLock.Holder(cache, Key));
        using var second = ArtifactLock.TryAcquire(cache, Key, Owner("second"), Fast);
        Assert.NotNull(second);
    }

    [Fact]
    public async Task A_live_heartbeating_holder_is_never_taken_over()
    {
        using var holder = ArtifactLock.TryAcquire(cache, Key, Owner("holder"), Fast);
        var error = await Assert.ThrowsAsync<CacheBusyException>(() => Acquire("waiter", TimeSpan.FromSeconds(3)));
        Assert.Contains("being computed by run holder", error.Message);
        Assert.Contains("--lock-timeout", error.Message);
        Assert.Equal("holder", ArtifactLock.Holder(cache, Key)?.Run);
    }

    /// <summary>
    /// The cause of a CI failure: the holder's heartbeat (then a thread-pool timer) stalled for longer than the stale
    /// time while the test machine was loaded, and a waiter in the same process took the live lock. A holder whose
    /// process runs on this machine must never be taken over, whatever its heartbeat does: this lock is never touched.
    /// </summary>
    [Fact]
    public async Task A_running_holder_on_this_machine_is_never_taken_over_however_late_its_heartbeat()
    {
        var silent = Owner("silent");
        Assert.NotNull(silent.ProcessStart);
        WriteForeignLock(silent);

        var error = await Assert.ThrowsAsync<CacheBusyException>(() => Acquire("waiter", Fast.StaleAfter * 3));

        Assert.Contains("being computed by run silent", error.Message);
        Assert.Equal(silent.Token, ArtifactLock.Holder(cache, Key)?.Token);
    }

    /// <summary>A pid the kernel gave to another process, or a lock file without a start time: the heartbeat decides.</summary>
    [Theory]
    [InlineData("another-boot/12345")]
    [InlineData(null)]
    public async Task A_live_pid_that_is_not_the_holder_falls_back_to_the_heartbeat(string? processStart)
    {
        WriteForeignLock(new LockOwner(Environment.MachineName, Environment.ProcessId, "reused", DateTimeOffset.UtcNow, "reused", processStart));
        var watch = Stopwatch.StartNew();
        using var taken = await Acquire("successor", TimeSpan.FromSeconds(30));
        Assert.NotNull(taken);
        Assert.True(watch.Elapsed >= Fast.StaleAfter, $"took over after only {watch.Elapsed}");
        Assert.Equal("successor", ArtifactLock.Holder(cache, Key)?.Run);
    }

    [Fact]
    public async Task A_lock_whose_process_is_gone_on_this_machine_is_taken_over_at_once()
    {
        int deadPid = DeadPid();
        WriteForeignLock(new LockOwner(Environment.MachineName, deadPid, "killed", DateTimeOffset.UtcNow, "dead"));
        var watch = Stopwatch.StartNew();
        using var taken = await Acquire("successor", TimeSpan.FromSeconds(30));
        Assert.NotNull(taken);
        Assert.True(watch.Elapsed < Fast.StaleAfter, $"took {watch.Elapsed}");
        Assert.Equal("successor", ArtifactLock.Holder(cache, Key)?.Run);
    }

    [Fact]
    public async Task A_lock_from_another_machine_whose_heartbeat_stopped_is_taken_over_after_the_stale_time()
    {
        WriteForeignLock(new LockOwner("other-node", 4242, "lost", DateTimeOffset.UtcNow, "lost"));
        var watch = Stopwatch.StartNew();
        using var taken = await Acquire("successor", TimeSpan.FromSeconds(30));
        Assert.NotNull(taken);
        Assert.True(watch.Elapsed >= Fast.StaleAfter, $"took over after only {watch.Elapsed}");
        Assert.Equal("successor", ArtifactLock.Holder(cache, Key)?.Run);
    }

    [Fact]
    public async Task A_waiter_returns_without_the_lock_once_the_artifact_exists()
    {
        using var holder = ArtifactLock.TryAcquire(cache, Key, Owner("holder"), Fast);
        bool committed = false;
        _ = Task.Delay(300).ContinueWith(_ => committed = true);
        var result = await ArtifactLock.AcquireAsync(cache, Key, Owner("waiter"), Fast, TimeSpan.FromSeconds(10),
            done: () => committed, waiting: _ => { }, TimeProvider.System, CancellationToken.None);
        Assert.Null(result);
        Assert.Equal("holder", ArtifactLock.Holder(cache, Key)?.Run);
    }

    [Fact]
    public async Task The_waiting_callback_names_the_holder()
    {
        using var holder = ArtifactLock.TryAcquire(cache, Key, Owner("holder-run"), Fast);
        LockOwner? seen = null;
        await Assert.ThrowsAsync<CacheBusyException>(() => ArtifactLock.AcquireAsync(cache, Key, Owner("waiter"), Fast, TimeSpan.FromMilliseconds(300),
            done: () => false, waiting: h => seen = h, TimeProvider.System, CancellationToken.None));
        Assert.Equal("holder-run", seen?.Run);
        Assert.Equal(Environment.ProcessId, seen?.Pid);
    }

    Task<ArtifactLock?> Acquire(string run, TimeSpan timeout) =>
        ArtifactLock.AcquireAsync(cache, Key, Owner(run), Fast, timeout, done: () => false, waiting: _ => { }, TimeProvider.System, CancellationToken.None);

    void WriteForeignLock(LockOwner owner)
    {
        string path = ArtifactLock.PathFor(cache, Key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, owner.ToJson());
    }

    /// <summary>The pid of a process that has exited (a short-lived `true`).</summary>
    static int DeadPid()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    public void Dispose()
    {
        try { Directory.Delete(cache, recursive: true); } catch (IOException) { }
    }
}

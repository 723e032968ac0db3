using SocioRunner.Core.Artifacts.Internal;

namespace SocioRunner.Core.Artifacts;

/// <summary>
/// The right to compute one artifact: <c>locks/&lt;key&gt;.lock</c> in the cache, created exclusively, naming its
/// owner (host, pid, run) and kept alive by a heartbeat. Runs and sweep members that need the same node take
/// turns: one computes, the others wait and then reuse what it committed. A holder that was killed (SIGKILL,
/// a cancelled Slurm job, a lost machine) stops heartbeating and its lock is taken over after
/// <see cref="LockTiming.StaleAfter"/>. On the holder's own machine the process table decides instead of the
/// heartbeat (<see cref="LockOwner.StateOnThisHost"/>): a gone process is recognised at once, a running one is
/// never taken over.
/// </summary>
public sealed class ArtifactLock : IDisposable
{
    readonly string path;
    readonly LockOwner owner;
    readonly Heartbeat heartbeat;

    ArtifactLock(string path, LockOwner owner, TimeSpan heartbeatInterval)
    {
        this.path = path;
        this.owner = owner;
        heartbeat = new Heartbeat(path, heartbeatInterval);
    }

    public static string PathFor(string cacheRoot, string key) => Path.Combine(cacheRoot, "locks", key + ".lock");

    /// <summary>The current holder of a key's lock, or null when nobody holds it.</summary>
    public static LockOwner? Holder(string cacheRoot, string key) => LockOwner.TryRead(PathFor(cacheRoot, key));

    public static ArtifactLock? TryAcquire(string cacheRoot, string key, LockOwner owner, LockTiming timing)
    {
        string path = PathFor(cacheRoot, key);
        return LockFile.TryCreate(path, owner) ? new ArtifactLock(path, owner, timing.Heartbeat) : null;
    }

    /// <summary>
    /// Waits for the lock. Returns null, without locking, as soon as <paramref name="done"/> says the artifact
    /// exists (another run committed it). Throws <see cref="CacheBusyException"/> after <paramref name="timeout"/>
    /// (null: wait as long as the holder stays alive).
    /// </summary>
    public static async Task<ArtifactLock?> AcquireAsync(string cacheRoot, string key, LockOwner owner, LockTiming timing,
        TimeSpan? timeout, Func<bool> done, Action<LockOwner?> waiting, TimeProvider clock, CancellationToken cancellation)
    {
        string path = PathFor(cacheRoot, key);
        var watch = new StalenessWatch(timing.StaleAfter, clock);
        long started = clock.GetTimestamp();
        var poll = TimeSpan.FromMilliseconds(Math.Clamp(timing.Heartbeat.TotalMilliseconds / 2, 50, 1000));
        bool announced = false;
        while (true)
        {
            if (done()) return null;
            if (TryAcquire(cacheRoot, key, owner, timing) is { } acquired) return acquired;
            var holder = LockOwner.TryRead(path);
            var state = holder?.StateOnThisHost() ?? HolderState.Unknown;
            if (state == HolderState.Dead || state == HolderState.Unknown && watch.IsStale(path))
            {
                LockFile.TryRemoveStale(path, holder?.Token);
                watch.Forget(path);
                continue;
            }
            if (timeout is { } limit && clock.GetElapsedTime(started) >= limit)
                throw new CacheBusyException($"artifact {key[..12]} is being computed by {Describe(holder)}; gave up after --lock-timeout {limit.TotalSeconds:0.#} s (omit it to wait as long as that run is alive)");
            if (!announced) waiting(holder);
            announced = true;
            await Task.Delay(poll, clock, cancellation);
        }
    }

    static string Describe(LockOwner? holder) => holder?.ToString() ?? "another run";

    public void Dispose()
    {
        heartbeat.Dispose();
        LockFile.Release(path, owner);
    }
}

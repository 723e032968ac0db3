namespace SocioRunner.Core.Artifacts.Internal;

/// <summary>
/// Touches a file's modification time at an interval, so other processes (also on other machines sharing the file
/// system) can tell a live holder from a dead one. Watchers judge liveness by whether the mtime *changes* while
/// they watch (see <see cref="StalenessWatch"/>), never by comparing it with their own clock, so machines whose
/// clocks differ still agree. Runs on its own thread, not a thread-pool timer: a training run can keep the pool
/// busy for longer than a lock's stale time, and a late heartbeat would let another run take a live lock.
/// </summary>
sealed class Heartbeat : IDisposable
{
    readonly string path;
    readonly TimeSpan interval;
    readonly ManualResetEventSlim stop = new(false);
    readonly Thread thread;

    public Heartbeat(string path, TimeSpan interval)
    {
        this.path = path;
        this.interval = interval;
        thread = new Thread(Beat) { IsBackground = true, Name = "socio-heartbeat" };
        thread.Start();
    }

    void Beat()
    {
        while (!stop.Wait(interval)) Touch();
    }

    void Touch()
    {
        try { File.SetLastWriteTimeUtc(path, DateTime.UtcNow); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* taken over or removed: nothing to keep alive */ }
    }

    public void Dispose()
    {
        stop.Set();
        thread.Join(); // no touch after release may resurrect a deleted file
        stop.Dispose();
    }
}

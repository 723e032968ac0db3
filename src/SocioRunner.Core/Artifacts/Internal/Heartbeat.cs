namespace SocioRunner.Core.Artifacts.Internal;

/// <summary>
/// Touches a file's modification time on a timer, so other processes (also on other machines sharing the file
/// system) can tell a live holder from a dead one. Watchers judge liveness by whether the mtime *changes* while
/// they watch (see <see cref="StalenessWatch"/>), never by comparing it with their own clock, so machines whose
/// clocks differ still agree.
/// </summary>
sealed class Heartbeat : IDisposable
{
    readonly string path;
    readonly Timer timer;

    public Heartbeat(string path, TimeSpan interval)
    {
        this.path = path;
        timer = new Timer(_ => Touch(), null, interval, interval);
    }

    void Touch()
    {
        try { File.SetLastWriteTimeUtc(path, DateTime.UtcNow); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* taken over or removed: nothing to keep alive */ }
    }

    public void Dispose()
    {
        using var stopped = new ManualResetEvent(false);
        if (timer.Dispose(stopped)) stopped.WaitOne(); // no touch after release may resurrect a deleted file
    }
}

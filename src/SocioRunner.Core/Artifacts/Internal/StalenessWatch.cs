namespace SocioRunner.Core.Artifacts.Internal;

/// <summary>
/// Decides whether a heartbeat file is dead by watching it: stale once its modification time has not changed for
/// <c>staleAfter</c> of this process's own (monotonic) time. Needs no clock agreement between machines.
/// </summary>
sealed class StalenessWatch(TimeSpan staleAfter, TimeProvider clock)
{
    readonly Dictionary<string, (DateTime Mtime, long SeenAt)> seen = new(StringComparer.Ordinal);

    public bool IsStale(string path)
    {
        DateTime mtime;
        try { mtime = File.GetLastWriteTimeUtc(path); }
        catch (IOException) { return false; }
        long now = clock.GetTimestamp();
        if (!seen.TryGetValue(path, out var last) || last.Mtime != mtime)
        {
            seen[path] = (mtime, now);
            return false;
        }
        return clock.GetElapsedTime(last.SeenAt, now) >= staleAfter;
    }

    public void Forget(string path) => seen.Remove(path);
}

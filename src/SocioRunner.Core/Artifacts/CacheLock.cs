using SocioRunner.Core.Errors;

namespace SocioRunner.Core.Artifacts;

/// <summary>
/// One run at a time per cache folder: an exclusive lock file held for the whole run. A second run waits
/// up to <c>timeout</c>, then fails clearly; neither can corrupt the cache.
/// </summary>
public sealed class CacheLock : IDisposable
{
    readonly FileStream stream;

    CacheLock(FileStream stream) => this.stream = stream;

    public static CacheLock Acquire(string cacheRoot, TimeSpan timeout, Action<string>? waiting = null)
    {
        ArtifactStore.EnsureWritable(cacheRoot);
        string path = Path.Combine(cacheRoot, "lock");
        var deadline = DateTime.UtcNow + timeout;
        bool announced = false;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                stream.SetLength(0);
                using (var writer = new StreamWriter(stream, leaveOpen: true)) writer.Write(Environment.ProcessId);
                stream.Flush();
                return new CacheLock(stream);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                if (!announced) waiting?.Invoke($"waiting for another run using the cache {cacheRoot} (lock held by pid {Holder(path)})");
                announced = true;
                Thread.Sleep(250);
            }
            catch (IOException)
            {
                throw new CacheBusyException($"{cacheRoot}: the cache is in use by another run (pid {Holder(path)}); wait for it or use --lock-timeout SECONDS");
            }
        }
    }

    static string Holder(string path)
    {
        try { using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite); return new StreamReader(s).ReadToEnd().Trim(); }
        catch (IOException) { return "?"; }
    }

    public void Dispose() => stream.Dispose();
}

public sealed class CacheBusyException(string message) : SocioException(message)
{
    public override int ExitCode => ExitCodes.CacheBusy;
}

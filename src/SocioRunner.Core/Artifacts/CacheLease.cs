using System.Text.Json;
using SocioRunner.Core.Artifacts.Internal;

namespace SocioRunner.Core.Artifacts;

/// <summary>
/// A running run's claim on the artifacts it uses: <c>leases/&lt;token&gt;.json</c> listing its owner and every key
/// of its plan, heartbeated while the run lives and removed when it ends. <c>cache gc</c> never deletes a key a live
/// lease names, so a sweep on a cluster can share the cache with a collection started elsewhere.
/// A run writes its lease before it opens any artifact; gc hides an artifact before re-reading the leases
/// (see <see cref="CacheCollector"/>): whichever comes second sees the other.
/// </summary>
public sealed class CacheLease : IDisposable
{
    readonly string path;
    readonly Heartbeat heartbeat;

    CacheLease(string path, TimeSpan interval)
    {
        this.path = path;
        heartbeat = new Heartbeat(path, interval);
    }

    public sealed record Content(LockOwner Owner, IReadOnlyList<string> Keys);

    static string Folder(string cacheRoot) => Path.Combine(cacheRoot, "leases");

    public static CacheLease Take(string cacheRoot, LockOwner owner, IEnumerable<string> keys, LockTiming timing)
    {
        string path = Path.Combine(Folder(cacheRoot), owner.Token + ".json");
        Directory.CreateDirectory(Folder(cacheRoot));
        AtomicWrite(path, JsonSerializer.Serialize(new Content(owner, keys.Distinct().Order(StringComparer.Ordinal).ToList()), ArtifactStore.Json));
        return new CacheLease(path, timing.Heartbeat);
    }

    static void AtomicWrite(string path, string text)
    {
        string temp = path + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Keys named by leases that may still be alive. Conservative on purpose (keeping too much is harmless): a lease
    /// counts as dead only when its process is gone on this machine, or, when the process table cannot tell
    /// (<see cref="LockOwner.StateOnThisHost"/>), its heartbeat is older than ten times <see cref="LockTiming.StaleAfter"/>
    /// (a margin for clocks of different machines). Dead leases are removed.
    /// </summary>
    public static HashSet<string> LiveKeys(string cacheRoot, LockTiming timing, TimeProvider clock)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(Folder(cacheRoot))) return keys;
        foreach (string file in Directory.EnumerateFiles(Folder(cacheRoot), "*.json"))
        {
            Content? lease;
            try { lease = JsonSerializer.Deserialize<Content>(File.ReadAllText(file), ArtifactStore.Json); }
            catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException) { continue; }
            if (lease is null) continue;
            var age = clock.GetUtcNow() - File.GetLastWriteTimeUtc(file);
            var state = lease.Owner.StateOnThisHost();
            if (state == HolderState.Dead || state == HolderState.Unknown && age > timing.StaleAfter * 10)
            {
                LockFile.TryDelete(file);
                continue;
            }
            keys.UnionWith(lease.Keys);
        }
        return keys;
    }

    public void Dispose()
    {
        heartbeat.Dispose();
        LockFile.TryDelete(path);
    }
}

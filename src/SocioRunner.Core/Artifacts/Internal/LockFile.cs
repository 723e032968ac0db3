using System.Runtime.InteropServices;

namespace SocioRunner.Core.Artifacts.Internal;

/// <summary>
/// Create-exclusive files that work on NFS: write the content to a uniquely named temp file, then <c>link()</c> it
/// to the lock name (atomic, fails if the name exists; the classic NFS-safe recipe, since O_EXCL and flock are
/// unreliable there). Success is judged by reading the token back, because an NFS reply to link() can be lost.
/// </summary>
static class LockFile
{
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    static extern int Link(string oldPath, string newPath);

    public static bool TryCreate(string path, LockOwner owner)
    {
        string temp = $"{path}.{owner.Token}.tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(owner.ToJson());
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        try
        {
            if (OperatingSystem.IsWindows()) TryMoveExclusive(temp, path);
            else Link(temp, path);
            return LockOwner.TryRead(path)?.Token == owner.Token;
        }
        finally { TryDelete(temp); }
    }

    static void TryMoveExclusive(string temp, string path)
    {
        try { File.Copy(temp, path, overwrite: false); }
        catch (IOException) { /* held by someone else */ }
    }

    /// <summary>
    /// Takes over a dead holder's lock: renames it aside (only one of several stealers can rename the same file),
    /// then checks the renamed file is the one judged dead. If a live holder's lock was caught instead (it took the
    /// lock between our check and our rename), it is linked back; if even that races, the worst case is one
    /// artifact computed twice, which <see cref="ArtifactStore.Commit"/> tolerates (the first commit wins).
    /// </summary>
    public static void TryRemoveStale(string path, string? staleToken)
    {
        string aside = $"{path}.stale.{Guid.NewGuid():N}";
        try { File.Move(path, aside); }
        catch (IOException) { return; } // already gone or taken by another stealer
        var caught = LockOwner.TryRead(aside);
        if (caught is not null && caught.Token != staleToken && !OperatingSystem.IsWindows()) Link(aside, path);
        TryDelete(aside);
    }

    /// <summary>Deletes the lock only if it still belongs to <paramref name="owner"/> (it may have been taken over).</summary>
    public static void Release(string path, LockOwner owner)
    {
        if (LockOwner.TryRead(path)?.Token == owner.Token) TryDelete(path);
    }

    public static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* best effort */ }
    }
}

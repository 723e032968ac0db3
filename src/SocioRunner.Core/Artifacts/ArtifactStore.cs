using System.Security.Cryptography;
using System.Text.Json;

namespace SocioRunner.Core.Artifacts;

/// <summary>
/// The content-addressed artifact cache. Layout under the cache root:
/// <c>objects/&lt;key&gt;/manifest.json</c> + <c>objects/&lt;key&gt;/files/</c> (finished artifacts),
/// <c>tmp/</c> (artifacts being written; never read), <c>work/&lt;key&gt;/</c> (resume state of unfinished nodes),
/// <c>locks/&lt;key&gt;.lock</c> (who is computing a key, see <see cref="ArtifactLock"/>) and <c>leases/</c> (what running
/// runs use, see <see cref="CacheLease"/>).
/// An artifact appears under objects/ only by a directory rename after its manifest is written, so a crash
/// never leaves a half artifact where a later run would trust it.
/// </summary>
public sealed class ArtifactStore(string root)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Root { get; } = Path.GetFullPath(root);

    string ObjectsRoot => Path.Combine(Root, "objects");

    public string ObjectDirectory(string key) => Path.Combine(ObjectsRoot, key);

    public string WorkDirectory(string key) => Directory.CreateDirectory(Path.Combine(Root, "work", key)).FullName;

    public IEnumerable<string> Keys =>
        Directory.Exists(ObjectsRoot) ? Directory.EnumerateDirectories(ObjectsRoot).Select(Path.GetFileName).OfType<string>() : [];

    /// <summary>A finished artifact whose manifest parses and whose files all exist with the recorded sizes; otherwise null (recompute).</summary>
    public ArtifactHandle? TryOpen(string key, string nodeId)
    {
        var manifest = ReadManifest(key);
        if (manifest is null) return null;
        string files = Path.Combine(ObjectDirectory(key), "files");
        foreach (var (relative, entry) in manifest.Files)
        {
            var info = new FileInfo(Path.Combine(files, relative));
            if (!info.Exists || info.Length != entry.Size) return null;
        }
        return new ArtifactHandle(nodeId, manifest, files);
    }

    public ArtifactManifest? ReadManifest(string key)
    {
        string path = Path.Combine(ObjectDirectory(key), "manifest.json");
        if (!File.Exists(path)) return null;
        try { return JsonSerializer.Deserialize<ArtifactManifest>(File.ReadAllText(path), Json); }
        catch (JsonException) { return null; }
    }

    /// <summary>
    /// The key of the last committed output of a never-cached node (stored under a key of its run) for
    /// <paramref name="planKey"/> (the same inputs, options and kind version), or null. The next run of that plan may
    /// reuse deterministic parts of it (<see cref="Nodes.NodeContext.Previous"/>); it is only a hint: the artifact may
    /// have been collected since, and the node checks what it reuses.
    /// </summary>
    public string? LatestOf(string planKey)
    {
        string path = LatestPath(planKey);
        if (!File.Exists(path)) return null;
        string key = File.ReadAllText(path).Trim();
        return key.Length == 64 && key.All(char.IsAsciiHexDigitLower) ? key : null;
    }

    /// <summary>Records <paramref name="key"/> as the last committed output for <paramref name="planKey"/> (atomic replace).</summary>
    public void RecordLatest(string planKey, string key)
    {
        Directory.CreateDirectory(Path.Combine(Root, "latest"));
        Execution.AtomicFile.WriteAllText(LatestPath(planKey), key);
    }

    string LatestPath(string planKey) => Path.Combine(Root, "latest", planKey);

    /// <summary>Deletes the <see cref="RecordLatest"/> records whose artifact is gone (after <c>cache gc</c>); returns how many.</summary>
    public int ForgetCollectedLatest()
    {
        string folder = Path.Combine(Root, "latest");
        if (!Directory.Exists(folder)) return 0;
        int forgotten = 0;
        foreach (string record in Directory.EnumerateFiles(folder))
        {
            if (Path.GetFileName(record).Contains(".tmp", StringComparison.Ordinal)) continue; // being written
            if (LatestOf(Path.GetFileName(record)) is { } key && Directory.Exists(ObjectDirectory(key))) continue;
            File.Delete(record);
            forgotten++;
        }
        return forgotten;
    }

    /// <summary>A fresh folder for a node to write into; pass it to <see cref="Commit"/> or <see cref="Discard"/>.</summary>
    public string BeginWrite(string key)
    {
        string temp = Path.Combine(Root, "tmp", $"{key}.{Environment.ProcessId}.{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(temp, "files"));
        return temp;
    }

    public string FilesOf(string pendingDirectory) => Path.Combine(pendingDirectory, "files");

    /// <summary>Checksums the files, writes the manifest, then renames the folder into place (atomic on one file system).</summary>
    public ArtifactHandle Commit(string pendingDirectory, ArtifactManifest manifest)
    {
        string files = FilesOf(pendingDirectory);
        manifest = manifest with { Files = Checksums(files) };
        string manifestPath = Path.Combine(pendingDirectory, "manifest.json");
        using (var stream = new FileStream(manifestPath, FileMode.CreateNew, FileAccess.Write))
        {
            JsonSerializer.Serialize(stream, manifest, Json);
            stream.Flush(flushToDisk: true);
        }
        string target = ObjectDirectory(manifest.Key);
        Directory.CreateDirectory(ObjectsRoot);
        if (Directory.Exists(target))
        {
            // Another run committed the same key first (e.g. after taking over a lock it judged stale): keep theirs,
            // other runs may already read it. A corrupt copy is moved aside instead, never deleted under a reader.
            if (TryOpen(manifest.Key, manifest.NodeId) is { } existing)
            {
                Discard(pendingDirectory);
                return existing;
            }
            if (Hide(manifest.Key) is { } corrupt) DeleteHidden(corrupt);
        }
        Directory.Move(pendingDirectory, target);
        string work = Path.Combine(Root, "work", manifest.Key);
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        return new ArtifactHandle(manifest.NodeId, manifest, Path.Combine(target, "files"));
    }

    public void Discard(string pendingDirectory)
    {
        try { if (Directory.Exists(pendingDirectory)) Directory.Delete(pendingDirectory, recursive: true); }
        catch (IOException) { /* best effort: tmp/ is never read */ }
    }

    public static Dictionary<string, ArtifactFile> Checksums(string directory)
    {
        var result = new Dictionary<string, ArtifactFile>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            string hash = Convert.ToHexStringLower(SHA256.HashData(stream));
            result[Path.GetRelativePath(directory, file).Replace('\\', '/')] = new ArtifactFile(stream.Length, hash);
        }
        return result;
    }

    /// <summary>Re-hashes every file of an artifact; returns the problems found (empty when intact).</summary>
    public IReadOnlyList<string> Verify(string key)
    {
        var manifest = ReadManifest(key);
        if (manifest is null) return [$"{key}: manifest missing or unreadable"];
        var actual = Checksums(Path.Combine(ObjectDirectory(key), "files"));
        var problems = new List<string>();
        foreach (var (path, entry) in manifest.Files)
            if (!actual.TryGetValue(path, out var found)) problems.Add($"{key}: {path} is missing");
            else if (found.Sha256 != entry.Sha256) problems.Add($"{key}: {path} checksum mismatch (corrupted)");
        return problems;
    }

    public void Delete(string key)
    {
        if (Hide(key) is { } hidden) DeleteHidden(hidden);
    }

    /// <summary>
    /// Renames an artifact out of objects/ (so no reader ever sees it half-deleted); returns where it went, or null
    /// if it was not there. Pass the result to <see cref="DeleteHidden"/> or <see cref="Unhide"/>.
    /// </summary>
    public string? Hide(string key)
    {
        string target = ObjectDirectory(key);
        if (!Directory.Exists(target)) return null;
        string hidden = Path.Combine(Root, "tmp", $"deleted.{key}.{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(Root, "tmp"));
        try { Directory.Move(target, hidden); }
        catch (DirectoryNotFoundException) { return null; } // removed concurrently
        return hidden;
    }

    public void Unhide(string hidden, string key)
    {
        try { Directory.Move(hidden, ObjectDirectory(key)); }
        catch (IOException) { DeleteHidden(hidden); } // recomputed meanwhile: the fresh copy wins
    }

    public void DeleteHidden(string hidden)
    {
        try { Directory.Delete(hidden, recursive: true); }
        catch (IOException) { /* tmp/ is never read */ }
    }

    internal static void EnsureWritable(string root)
    {
        try { Directory.CreateDirectory(root); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ArtifactErrors.CacheNotWritable(root, e);
        }
    }
}

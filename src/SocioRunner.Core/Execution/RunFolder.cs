using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;

namespace SocioRunner.Core.Execution;

/// <summary>
/// <c>reports/&lt;experiment&gt;/&lt;timestamp&gt;/</c>: run.json, run.log, and each node's files under <c>&lt;node-id&gt;/</c>
/// (hard links to the cached files, copies where links are impossible), also for cache hits, with the artifact's
/// <c>manifest.json</c> beside them (type, kind, inputs, preprocessing), so a re-render reads what each artifact is.
/// </summary>
public sealed class RunFolder
{
    RunFolder(string path) => Path = path;

    public string Path { get; }

    public static RunFolder Create(string reportsRoot, string experimentName, DateTimeOffset startedAt)
    {
        string parent = System.IO.Path.Combine(reportsRoot, experimentName);
        string stamp = startedAt.UtcDateTime.ToString("yyyyMMdd-HHmmss");
        string path = System.IO.Path.Combine(parent, stamp);
        for (int i = 2; Directory.Exists(path); i++) path = System.IO.Path.Combine(parent, $"{stamp}-{i}");
        Directory.CreateDirectory(path);
        return new RunFolder(System.IO.Path.GetFullPath(path));
    }

    /// <summary>
    /// A given folder (a sweep member's). What an earlier attempt left there (run.json, run.log, node folders of
    /// links into the cache) is removed first; files a launcher keeps beside them (its own logs) stay.
    /// </summary>
    public static RunFolder At(string path)
    {
        path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(path);
        foreach (string stale in new[] { "run.json", "run.log" }.Select(f => System.IO.Path.Combine(path, f)).Where(File.Exists)) File.Delete(stale);
        foreach (string node in Directory.EnumerateDirectories(path)) Directory.Delete(node, recursive: true);
        return new RunFolder(path);
    }

    public string NodeDirectory(string nodeId) => System.IO.Path.Combine(Path, nodeId);

    /// <summary>The artifact manifest published in a node folder (a name no artifact file may take).</summary>
    public const string ManifestFile = "manifest.json";

    public void Publish(string nodeId, ArtifactHandle artifact)
    {
        string target = NodeDirectory(nodeId);
        // Each folder is created once, not once per file: a dataset publishes thousands of files into a few folders.
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(artifact.Directory, "*", SearchOption.AllDirectories))
        {
            string destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(artifact.Directory, file));
            string folder = System.IO.Path.GetDirectoryName(destination)!;
            if (folders.Add(folder)) Directory.CreateDirectory(folder);
            FileLinks.LinkOrCopy(file, destination);
        }
        Directory.CreateDirectory(target);
        string manifest = System.IO.Path.Combine(target, ManifestFile);
        if (File.Exists(manifest))
            throw new InvalidOperationException($"{artifact.Kind} wrote a file named {ManifestFile} at the root of its artifact; that name is reserved for the artifact's manifest");
        string cached = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(artifact.Directory)!, ManifestFile);
        if (!File.Exists(cached) || !FileLinks.TryHardLink(cached, manifest))
            File.WriteAllText(manifest, JsonSerializer.Serialize(artifact.Manifest, ArtifactStore.Json));
    }

    public void WriteJson(string name, JsonNode content) =>
        AtomicFile.WriteAllText(System.IO.Path.Combine(Path, name), content.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
}

/// <summary>Hard links for files that are never modified in place (cached artifacts): no copy, no extra disk.</summary>
public static class FileLinks
{
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    static extern int Link(string oldPath, string newPath);

    public static bool TryHardLink(string source, string destination)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return false;
        try { return Link(source, destination) == 0; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }

    /// <summary>A hard link where the file system allows one (same device), otherwise a copy.</summary>
    public static void LinkOrCopy(string source, string destination)
    {
        if (!TryHardLink(source, destination)) File.Copy(source, destination, overwrite: true);
    }
}

public static class AtomicFile
{
    /// <summary>Write to a temp file beside the target, flush, then rename over it.</summary>
    public static void WriteAllText(string path, string content)
    {
        string temp = path + $".tmp{Environment.ProcessId}";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(content);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }
}

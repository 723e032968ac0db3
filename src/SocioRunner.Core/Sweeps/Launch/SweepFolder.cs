using System.Text.Json;
using System.Text.Json.Nodes;
using SocioRunner.Core.Execution;

namespace SocioRunner.Core.Sweeps.Launch;

/// <summary>
/// <c>reports/&lt;experiment&gt;/&lt;timestamp&gt;-sweep/</c>: sweep.json (members, their values, keys, shared nodes, job ids),
/// <c>members/&lt;m00&gt;/</c> (each member's own run folder with run.json), <c>jobs/</c> (Slurm scripts) and the sweep
/// report. Re-running the same sweep command finds the folder by the sweep's identity and resumes it.
/// </summary>
public sealed class SweepFolder
{
    SweepFolder(string path) => Path = path;

    public string Path { get; }

    public string ManifestPath => System.IO.Path.Combine(Path, "sweep.json");

    public string JobsDirectory => Directory.CreateDirectory(System.IO.Path.Combine(Path, "jobs")).FullName;

    public string MemberDirectory(string member) => System.IO.Path.Combine(Path, "members", member);

    /// <summary>The run folder of the Slurm job computing the nodes <paramref name="member"/> shares with others (<c>shared/&lt;m00&gt;/</c>).</summary>
    public string SharedDirectory(string member) => System.IO.Path.Combine(Path, "shared", member);

    public static SweepFolder Open(string path)
    {
        if (!File.Exists(System.IO.Path.Combine(path, "sweep.json")))
            throw new Errors.InvalidInputException($"{path}: not a sweep folder (no sweep.json)");
        return new SweepFolder(System.IO.Path.GetFullPath(path));
    }

    /// <summary>The newest folder of this sweep (same identity) under the experiment's reports, or a new one.</summary>
    public static (SweepFolder Folder, bool Resumed) OpenOrCreate(string reportsRoot, string experimentName, string identity, DateTimeOffset now)
    {
        string parent = System.IO.Path.Combine(reportsRoot, experimentName);
        var existing = Directory.Exists(parent)
            ? Directory.EnumerateDirectories(parent, "*-sweep*").Order(StringComparer.Ordinal).LastOrDefault(dir => IdentityOf(dir) == identity)
            : null;
        if (existing is not null) return (new SweepFolder(System.IO.Path.GetFullPath(existing)), true);
        string stamp = now.UtcDateTime.ToString("yyyyMMdd-HHmmss") + "-sweep";
        string path = System.IO.Path.Combine(parent, stamp);
        for (int i = 2; Directory.Exists(path); i++) path = System.IO.Path.Combine(parent, $"{stamp}-{i}");
        Directory.CreateDirectory(path);
        return (new SweepFolder(System.IO.Path.GetFullPath(path)), false);
    }

    static string? IdentityOf(string directory)
    {
        try { return (string?)JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(directory, "sweep.json")))?["identity"]; }
        catch (Exception e) when (e is IOException or JsonException) { return null; }
    }

    public JsonObject ReadManifest() => JsonNode.Parse(File.ReadAllText(ManifestPath))!.AsObject();

    public void WriteManifest(JsonObject manifest) =>
        AtomicFile.WriteAllText(ManifestPath, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
}

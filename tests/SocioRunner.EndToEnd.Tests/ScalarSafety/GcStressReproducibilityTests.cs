using System.Text.Json.Nodes;
using SocioRunner.Cli.Tests;
using SocioRunner.Models.TorchSafety;

namespace SocioRunner.EndToEnd.Tests.ScalarSafety;

/// <summary>
/// A reduced quickstart (pretrain, probe, baseline, TCAV, t-SNE) from an empty cache, once plainly and once with the
/// CLI's forced-GC thread (<c>SOCIO_GC_STRESS=1</c>): every metric, metrics.json and every CSV table (TCAV scores,
/// predictions, embeddings, training histories without their wall-clock columns) must be equal byte for byte. A temporary Scalar freed mid-call shows up here as a crash
/// or as a silently different number (docs/scalar-safety.md).
/// </summary>
[Collection(Faults.ChildProcessCollection.Name)]
public sealed class GcStressReproducibilityTests : IDisposable
{
    static readonly string[] Reduced =
    [
        "--set", "nodes.city.tiles=120", "--set", "nodes.city.flair_patches=480",
        "--set", "nodes.pretrain.epochs=2", "--set", "nodes.probe.epochs=2", "--set", "nodes.baseline.epochs=2",
        "--set", "nodes.tcav.repeats=5", "--set", "nodes.tsne.perplexity=5",
    ];

    readonly string root = Directory.CreateTempSubdirectory("socio-e2e-gcstress-").FullName;

    static string Quickstart => Path.Combine(CliRunner.RepositoryRoot(), "experiments", "quickstart.yaml");

    async Task<(JsonNode Run, string Cache)> RunFresh(string name, bool stress)
    {
        string folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName, cache = Path.Combine(folder, "cache");
        Environment.SetEnvironmentVariable(GcStress.EnvironmentVariable, stress ? "1" : null);
        try
        {
            var (exit, stdout, stderr) = await CliRunner.Run(folder, ["run", Quickstart, "--cache", cache, .. Reduced]);
            Assert.True(exit == 0, stdout + stderr);
        }
        finally { Environment.SetEnvironmentVariable(GcStress.EnvironmentVariable, null); }
        string runJson = Directory.EnumerateFiles(Path.Combine(folder, "reports"), "run.json", SearchOption.AllDirectories).Single();
        return (JsonNode.Parse(File.ReadAllText(runJson))!, cache);
    }

    [Fact]
    public async Task Reduced_quickstart_under_forced_gc_gives_bit_identical_metrics_and_tables()
    {
        var (plain, plainCache) = await RunFresh("plain", stress: false);
        var (stressed, stressedCache) = await RunFresh("stressed", stress: true);

        var nodes = plain["nodes"]!.AsArray().Select(n => (Key: (string)n!["key"]!, Kind: (string)n["kind"]!)).ToList();
        Assert.Equal(nodes.Select(n => n.Key), stressed["nodes"]!.AsArray().Select(n => (string)n!["key"]!));
        Assert.Contains(nodes, n => n.Kind == "explain/tcav");
        int metrics = 0, tables = 0;
        foreach (var (key, kind) in nodes.Where(n => n.Kind != "report"))
        {
            string a = Path.Combine(plainCache, "objects", key), b = Path.Combine(stressedCache, "objects", key);
            var expected = Metrics(a);
            Assert.Equal(expected.ToJsonString(), Metrics(b).ToJsonString());
            metrics += expected.Count;
            foreach (string file in Directory.EnumerateFiles(Path.Combine(a, "files"), "*", SearchOption.AllDirectories)
                         .Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || Path.GetFileName(f) == "metrics.json"))
            {
                string relative = Path.GetRelativePath(a, file);
                Assert.True(Comparable(file, plainCache) == Comparable(Path.Combine(b, relative), stressedCache), $"{kind}: {relative} differs under GC stress");
                if (kind == "explain/tcav" && file.EndsWith(".csv", StringComparison.Ordinal)) tables++;
            }
        }
        Assert.True(metrics >= 10, $"only {metrics} metrics compared");
        Assert.True(tables >= 1, "no TCAV table compared");
    }

    /// <summary>
    /// The file's text with its run folder written as <c>&lt;run&gt;</c> (dataset tables hold image paths inside the
    /// cache) and wall-clock columns (<c>seconds</c>, <c>data_wait_seconds</c> in history.csv) removed; every other
    /// character must match.
    /// </summary>
    static string Comparable(string path, string cache)
    {
        string runFolder = Path.GetDirectoryName(Path.GetFullPath(cache))!;
        var lines = File.ReadAllLines(path).Select(line => line.Replace(runFolder, "<run>", StringComparison.Ordinal)).ToArray();
        if (!path.EndsWith(".csv", StringComparison.Ordinal) || lines.Length == 0) return string.Join('\n', lines);
        var timing = lines[0].Split(',').Select((name, i) => (name, i)).Where(c => c.name.EndsWith("seconds", StringComparison.Ordinal)).Select(c => c.i).ToHashSet();
        return string.Join('\n', lines.Select(line => string.Join(',', line.Split(',').Where((_, i) => !timing.Contains(i)))));
    }

    /// <summary>The manifest's metrics without wall-clock timings (e.g. <c>tcav_seconds</c>), which no seed can fix.</summary>
    static JsonObject Metrics(string objectDirectory)
    {
        var metrics = JsonNode.Parse(File.ReadAllText(Path.Combine(objectDirectory, "manifest.json")))!["metrics"]!.AsObject();
        return new JsonObject(metrics.Where(kv => !kv.Key.EndsWith("_seconds", StringComparison.Ordinal))
            .Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone())));
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("SOCIO_KEEP_E2E") is null)
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

using System.Text.Json.Nodes;
using SocioRunner.Cli.Tests;

namespace SocioRunner.EndToEnd.Tests.Reproducibility;

/// <summary>
/// A reduced quickstart run twice, each from its own empty cache, gives identical metrics (every node's manifest
/// metrics except wall-clock timings, and its metrics.json), and run.json records what a reproduction needs: git commit, versions, machine, seeds.
/// </summary>
[Collection(Faults.ChildProcessCollection.Name)]
public sealed class ReproducibilityTests : IDisposable
{
    static readonly string[] Reduced =
    [
        "--set", "nodes.city.tiles=120", "--set", "nodes.city.flair_patches=480",
        "--set", "nodes.pretrain.epochs=2", "--set", "nodes.probe.epochs=2", "--set", "nodes.baseline.epochs=2",
        "--set", "nodes.tcav.repeats=5", "--set", "nodes.tsne.perplexity=5",
    ];

    readonly string root = Directory.CreateTempSubdirectory("socio-e2e-repro-").FullName;

    static string Quickstart => Path.Combine(CliRunner.RepositoryRoot(), "experiments", "quickstart.yaml");

    async Task<(JsonNode Run, string Cache)> RunFresh(string name)
    {
        string folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName, cache = Path.Combine(folder, "cache");
        var (exit, stdout, stderr) = await CliRunner.Run(folder, ["run", Quickstart, "--cache", cache, .. Reduced]);
        Assert.True(exit == 0, stdout + stderr);
        string runJson = Directory.EnumerateFiles(Path.Combine(folder, "reports"), "run.json", SearchOption.AllDirectories).Single();
        return (JsonNode.Parse(File.ReadAllText(runJson))!, cache);
    }

    [Fact]
    public async Task Two_runs_from_empty_caches_give_identical_metrics_and_record_how_they_ran()
    {
        var (first, firstCache) = await RunFresh("first");
        var (second, secondCache) = await RunFresh("second");

        var nodes = first["nodes"]!.AsArray().Select(n => (Id: (string)n!["id"]!, Key: (string)n["key"]!, Kind: (string)n["kind"]!)).ToList();
        Assert.Equal(nodes.Select(n => n.Key), second["nodes"]!.AsArray().Select(n => (string)n!["key"]!));
        int compared = 0;
        foreach (var (id, key, kind) in nodes.Where(n => n.Kind != "report"))
        {
            string a = Path.Combine(firstCache, "objects", key), b = Path.Combine(secondCache, "objects", key);
            Assert.Equal(Metrics(a).ToJsonString(), Metrics(b).ToJsonString());
            string metricsFile = Path.Combine(a, "files", "metrics.json");
            if (File.Exists(metricsFile)) Assert.Equal(File.ReadAllText(metricsFile), File.ReadAllText(Path.Combine(b, "files", "metrics.json")));
            compared += Metrics(a).Count;
        }
        Assert.True(compared >= 10, $"only {compared} metrics compared");

        bool inRepository = Path.Exists(Path.Combine(CliRunner.RepositoryRoot(), ".git"));
        if (inRepository) Assert.Matches("^[0-9a-f]{40}$", (string?)first["git_commit"] ?? "");
        else Assert.Null(first["git_commit"]);
        Assert.Equal(Environment.ProcessorCount, (int)first["machine"]!["cores"]!);
        Assert.Equal("cpu", (string?)first["machine"]!["device"]);
        Assert.False(string.IsNullOrEmpty((string?)first["machine"]!["os"]));
        Assert.Contains("TorchSharp", first["environment"]!.AsObject().Select(kv => kv.Key));
        Assert.Equal(nodes.Count, first["seeds"]!.AsObject().Count);
        Assert.Equal(first["seeds"]!.ToJsonString(), second["seeds"]!.ToJsonString());
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

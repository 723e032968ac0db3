using System.Text.Json.Nodes;
using SocioRunner.Cli.Tests;
using SocioRunner.Models.TorchSafety;

namespace SocioRunner.EndToEnd.Tests.Reproducibility;

/// <summary>
/// A reduced quickstart (pretrain, probe, baseline, TCAV, t-SNE) run twice, each from its own empty cache, the second
/// with the CLI's forced-GC thread (<c>SOCIO_GC_STRESS=1</c>): every metric, metrics.json and every CSV table (TCAV
/// scores, predictions, embeddings, training histories without their wall-clock columns) must be equal byte for byte.
/// One comparison answers both questions: a run is reproducible from its seeds, and a temporary Scalar freed
/// mid-call (docs/scalar-safety.md) neither crashes it nor silently changes a number. run.json records what a
/// reproduction needs: git commit, versions, machine, seeds. (Two test classes ran four trainings for this before.)
/// </summary>
[Collection(Faults.ChildProcessCollection.Name)]
public sealed class ReproducibilityTests(ReproducibilityTests.FreshRuns runs) : IClassFixture<ReproducibilityTests.FreshRuns>
{
    // Without this the comparison below would pass just as well if the stress never started (the variable not reaching
    // the run): the forced-GC thread collects every millisecond, the plain run only when its heap asks.
    [Fact]
    public void The_stressed_run_really_ran_under_forced_gc()
    {
        var (plain, stressed) = runs.FullCollections;
        Assert.True(stressed > plain + 100, $"full collections: plain run {plain}, stressed run {stressed}");
    }

    [Fact]
    public void Two_runs_from_empty_caches_one_under_forced_gc_give_identical_metrics_and_tables()
    {
        // The report is never cached and is stored under a key of its run (docs/artifacts.md): every other key must match.
        static List<(string Key, string Kind)> Cacheable(JsonNode run) => run["nodes"]!.AsArray()
            .Select(n => (Key: (string)n!["key"]!, Kind: (string)n["kind"]!)).Where(n => n.Kind != "report").ToList();
        var nodes = Cacheable(runs.Plain.Run);
        Assert.Equal(nodes.Select(n => n.Key), Cacheable(runs.Stressed.Run).Select(n => n.Key));
        Assert.Contains(nodes, n => n.Kind == "explain/tcav");
        int metrics = 0, tables = 0;
        foreach (var (key, kind) in nodes)
        {
            string a = Path.Combine(runs.Plain.Cache, "objects", key), b = Path.Combine(runs.Stressed.Cache, "objects", key);
            var expected = Metrics(a);
            Assert.Equal(expected.ToJsonString(), Metrics(b).ToJsonString());
            metrics += expected.Count;
            foreach (string file in Directory.EnumerateFiles(Path.Combine(a, "files"), "*", SearchOption.AllDirectories)
                         .Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || Path.GetFileName(f) == "metrics.json"))
            {
                string relative = Path.GetRelativePath(a, file);
                Assert.True(Comparable(file, runs.Plain.Cache) == Comparable(Path.Combine(b, relative), runs.Stressed.Cache),
                    $"{kind}: {relative} differs between the plain and the GC-stressed run");
                if (kind == "explain/tcav" && file.EndsWith(".csv", StringComparison.Ordinal)) tables++;
            }
        }
        Assert.True(metrics >= 10, $"only {metrics} metrics compared");
        Assert.True(tables >= 1, "no TCAV table compared");
    }

    [Fact]
    public void Run_json_records_how_the_run_ran()
    {
        var (first, second) = (runs.Plain.Run, runs.Stressed.Run);
        bool inRepository = Path.Exists(Path.Combine(CliRunner.RepositoryRoot(), ".git"));
        if (inRepository) Assert.Matches("^[0-9a-f]{40}$", (string?)first["git_commit"] ?? "");
        else Assert.Null(first["git_commit"]);
        Assert.Equal(Environment.ProcessorCount, (int)first["machine"]!["cores"]!);
        Assert.Equal("cpu", (string?)first["machine"]!["device"]);
        Assert.False(string.IsNullOrEmpty((string?)first["machine"]!["os"]));
        Assert.Contains("TorchSharp", first["environment"]!.AsObject().Select(kv => kv.Key));
        Assert.Equal(first["nodes"]!.AsArray().Count, first["seeds"]!.AsObject().Count);
        Assert.Equal(first["seeds"]!.ToJsonString(), second["seeds"]!.ToJsonString());
    }

    /// <summary>
    /// The file's text with its run folder written as <c>&lt;run&gt;</c> (in case a table holds a path inside the
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

    /// <summary>The two reduced quickstart runs, each from an empty cache: plain, then under forced GC.</summary>
    public sealed class FreshRuns : IAsyncLifetime
    {
        static readonly string[] Reduced =
        [
            "--set", "nodes.city.tiles=120", "--set", "nodes.city.flair_patches=480",
            "--set", "nodes.pretrain.epochs=2", "--set", "nodes.probe.epochs=2", "--set", "nodes.baseline.epochs=2",
            "--set", "nodes.tcav.repeats=5", "--set", "nodes.tsne.perplexity=5",
        ];

        readonly string root = Directory.CreateTempSubdirectory("socio-e2e-repro-").FullName;

        public (JsonNode Run, string Cache) Plain { get; private set; }
        public (JsonNode Run, string Cache) Stressed { get; private set; }

        /// <summary>Full (generation 2) collections during each run: the stressed run's forced-GC thread shows here.</summary>
        public (int Plain, int Stressed) FullCollections { get; private set; }

        public async Task InitializeAsync()
        {
            int before = GC.CollectionCount(2);
            Plain = await RunFresh("plain", stress: false);
            int between = GC.CollectionCount(2);
            Stressed = await RunFresh("stressed", stress: true);
            FullCollections = (between - before, GC.CollectionCount(2) - between);
        }

        async Task<(JsonNode Run, string Cache)> RunFresh(string name, bool stress)
        {
            string folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName, cache = Path.Combine(folder, "cache");
            string quickstart = Path.Combine(CliRunner.RepositoryRoot(), "experiments", "quickstart.yaml");
            // Set for this run only, under CliRunner's gate: a process-wide setting would also stress other classes' runs.
            var environment = new Dictionary<string, string?> { [GcStress.EnvironmentVariable] = stress ? "1" : null };
            var (exit, stdout, stderr) = await CliRunner.RunWithEnvironment(folder, environment, ["run", quickstart, "--cache", cache, .. Reduced]);
            Assert.True(exit == 0, $"{name} run failed: {stdout}{stderr}");
            string runJson = Directory.EnumerateFiles(Path.Combine(folder, "reports"), "run.json", SearchOption.AllDirectories).Single();
            return (JsonNode.Parse(File.ReadAllText(runJson))!, cache);
        }

        public Task DisposeAsync()
        {
            if (Environment.GetEnvironmentVariable("SOCIO_KEEP_E2E") is null)
                try { Directory.Delete(root, recursive: true); } catch (IOException) { }
            return Task.CompletedTask;
        }
    }
}

namespace SocioRunner.Cli.Tests.Commands;

/// <summary>
/// A cache and a run folder copied elsewhere (the originals' cache deleted) still work: re-running the experiment on
/// the copied cache is a cache hit for every node, and re-rendering the copied run folder gives the report the run wrote,
/// byte for byte. Small but complete: a synthetic city, its dataset, an encoder, RNC pretraining, a probe, a baseline
/// (one epoch each on 16 px tiles) and a report with the comparison table and plots.
/// </summary>
public sealed class RelocationTests : IDisposable
{
    const string Experiment = """
        name: relocated
        seed: 5
        device: cpu
        nodes:
          city: { kind: dataset/synthetic-city, tiles: 40, tile_size: 16, flair_patches: 0 }
          income: { kind: dataset/household-income, inputs: { raw: city } }
          encoder: { kind: encoder/small-cnn, widths: [4, 8], input_size: 16 }
          pretrain: { kind: train/rnc, inputs: { dataset: income, encoder: encoder }, epochs: 1, batch_size: 4, transforms: { size: 16, rand_augment: false } }
          probe: { kind: train/probe, inputs: { dataset: income, encoder: pretrain }, epochs: 1, batch_size: 4, transforms: { size: 16, rand_augment: false } }
          baseline: { kind: train/regression, inputs: { dataset: income, encoder: encoder }, epochs: 1, batch_size: 4, transforms: { size: 16, rand_augment: false } }
          report: { kind: report, inputs: { sources: [city, income, pretrain, probe, baseline] } }
        """;

    readonly string root = Directory.CreateTempSubdirectory("socio-relocation-").FullName;

    /// <summary>The report's files; a run folder's report folder also holds the report artifact's manifest.json, which a re-render does not write.</summary>
    static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(folder, f) != "manifest.json")
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);

    static void CopyTree(string from, string to)
    {
        foreach (string directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        Directory.CreateDirectory(to);
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    [Fact]
    public async Task A_copied_cache_re_runs_as_cache_hits_and_a_copied_run_folder_re_renders_the_same_report()
    {
        string file = Path.Combine(root, "relocated.yaml");
        File.WriteAllText(file, Experiment);
        string cache = Path.Combine(root, "cache");
        var (exit, stdout, stderr) = await CliRunner.Run(root, "run", file, "--cache", cache);
        Assert.True(exit == 0, stdout + stderr);
        string runDir = Directory.EnumerateDirectories(Path.Combine(root, "reports", "relocated")).Single();
        string elsewhere = Path.Combine(root, "elsewhere");
        string movedCache = Path.Combine(elsewhere, "cache");
        string movedRun = Path.Combine(elsewhere, "runs", "relocated", Path.GetFileName(runDir));
        CopyTree(cache, movedCache);
        CopyTree(runDir, movedRun);
        Directory.Delete(cache, recursive: true);

        var (again, againOut, againErr) = await CliRunner.Run(root, "run", file, "--cache", movedCache, "--output", Path.Combine(elsewhere, "reruns"));
        var (rendered, renderOut, renderErr) = await CliRunner.Run(root, "report", movedRun, "--out", Path.Combine(elsewhere, "rerendered"));

        Assert.True(again == 0, againOut + againErr);
        string rerun = Directory.EnumerateDirectories(Path.Combine(elsewhere, "reruns", "relocated")).Single();
        var nodes = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(rerun, "run.json")))!["nodes"]!.AsArray();
        Assert.Equal(7, nodes.Count);
        Assert.All(nodes.Where(n => (string?)n!["kind"] != "report"), n => Assert.Equal("cached", (string?)n!["status"]));
        Assert.True(rendered == 0, renderOut + renderErr);
        var live = Files(Path.Combine(runDir, "report"));
        var again2 = Files(Path.Combine(elsewhere, "rerendered"));
        Assert.Contains("index.html", live.Keys);
        Assert.Contains(live.Keys, k => k.StartsWith("plots", StringComparison.Ordinal));
        string html = File.ReadAllText(Path.Combine(runDir, "report", "index.html"));
        Assert.Contains("both from encoder <code>encoder</code> on dataset <code>income</code>", html);
        Assert.Equal(live.Keys, again2.Keys);
        Assert.Equal(File.ReadAllText(Path.Combine(runDir, "report", "report.md")), File.ReadAllText(Path.Combine(elsewhere, "rerendered", "report.md")));
        Assert.Equal(html, File.ReadAllText(Path.Combine(elsewhere, "rerendered", "index.html")));
        Assert.All(live, f => Assert.True(f.Value.AsSpan().SequenceEqual(again2[f.Key]), $"{f.Key} differs"));

        // The copied dataset artifact's images are found in the copied cache (the original is gone): retraining reads them.
        var (forced, forcedOut, forcedErr) = await CliRunner.Run(root, "run", file, "--cache", movedCache, "--output", Path.Combine(elsewhere, "forced"), "--force", "baseline");
        Assert.True(forced == 0, forcedOut + forcedErr);
        string forcedRun = Directory.EnumerateDirectories(Path.Combine(elsewhere, "forced", "relocated")).Single();
        var forcedNodes = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(forcedRun, "run.json")))!["nodes"]!.AsArray();
        Assert.Equal("ran", (string?)forcedNodes.Single(n => (string?)n!["id"] == "baseline")!["status"]);
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

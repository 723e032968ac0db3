namespace SocioRunner.Cli.Tests.Commands;

/// <summary>
/// <c>socio report &lt;run-dir&gt;</c> on a real (small, untrained) run: the re-rendered report equals the one the run's
/// report node wrote, byte for byte (ReRenderedReportTests in the end-to-end group does the same with every plot); it can go elsewhere (<c>--out</c>), use other templates (<c>--templates</c>),
/// and re-rendering in place leaves the cached artifacts intact (run folders hold hard links into the cache).
/// </summary>
public sealed class ReportCommandTests : IDisposable
{
    const string Experiment = """
        name: reported
        seed: 3
        device: cpu
        nodes:
          city: { kind: dataset/synthetic-city, tiles: 40, flair_patches: 0 }
          income: { kind: dataset/household-income, inputs: { raw: city } }
          report: { kind: report, inputs: { sources: [city, income] } }
        """;

    readonly string root = Directory.CreateTempSubdirectory("socio-report-").FullName;

    string Cache => Path.Combine(root, "cache");

    async Task<string> RunOnce()
    {
        string file = Path.Combine(root, "reported.yaml");
        File.WriteAllText(file, Experiment);
        var (exit, stdout, stderr) = await CliRunner.Run(root, "run", file, "--cache", Cache);
        Assert.True(exit == 0, stdout + stderr);
        return Directory.EnumerateDirectories(Path.Combine(root, "reports", "reported")).Single();
    }

    /// <summary>The report's files; a run folder's report folder also holds the report artifact's manifest.json, which a re-render does not write.</summary>
    static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(folder, f) != "manifest.json")
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);

    [Fact]
    public async Task A_report_re_rendered_from_the_run_folder_equals_the_live_one()
    {
        string runDir = await RunOnce();
        string elsewhere = Path.Combine(root, "rerendered");

        var (exit, stdout, stderr) = await CliRunner.Run(root, "report", runDir, "--out", elsewhere);

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains($"report: {Path.Combine(elsewhere, "index.html")}", stdout);
        Assert.Contains($"report: {Path.Combine(elsewhere, "report.md")}", stdout);
        var live = Files(Path.Combine(runDir, "report"));
        var again = Files(elsewhere);
        Assert.Contains("index.html", live.Keys);
        Assert.Contains("<tr><td>income</td>", File.ReadAllText(Path.Combine(runDir, "report", "index.html")));   // plots need trained models: the quickstart's end-to-end test compares those
        Assert.Equal(live.Keys, again.Keys);
        Assert.Equal(File.ReadAllText(Path.Combine(runDir, "report", "report.md")), File.ReadAllText(Path.Combine(elsewhere, "report.md")));
        Assert.Equal(File.ReadAllText(Path.Combine(runDir, "report", "index.html")), File.ReadAllText(Path.Combine(elsewhere, "index.html")));
        Assert.All(live, file => Assert.True(file.Value.AsSpan().SequenceEqual(again[file.Key]), $"{file.Key} differs"));
    }

    [Fact]
    public async Task Re_rendering_in_place_with_other_templates_keeps_the_cache_intact()
    {
        string runDir = await RunOnce();
        string templates = Directory.CreateDirectory(Path.Combine(root, "my-templates")).FullName;
        File.WriteAllText(Path.Combine(templates, "run.html.sbn"), "<p>{{ report.experiment.name }}: {{ report.nodes.size }} nodes, {{ report.ran_nodes }} ran</p>");
        File.WriteAllText(Path.Combine(templates, "run.md.sbn"), "# {{ report.experiment.name }}");

        var (exit, stdout, stderr) = await CliRunner.Run(root, "report", runDir, "--templates", "my-templates");

        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal("<p>reported: 2 nodes, 2 ran</p>", File.ReadAllText(Path.Combine(runDir, "report", "index.html")));
        Assert.Equal("# reported", File.ReadAllText(Path.Combine(runDir, "report", "report.md")));
        var (verifyExit, verifyOut, _) = await CliRunner.Run(root, "cache", "verify", "--cache", Cache);
        Assert.True(verifyExit == 0, verifyOut);
        Assert.Contains("0 corrupted", verifyOut);
    }

    [Fact]
    public async Task A_folder_that_is_not_a_run_is_invalid_input()
    {
        var (exit, stdout, stderr) = await CliRunner.Run(root, "report", root);

        Assert.Equal(2, exit);
        Assert.Contains("is not a run folder: it has no run.json", stderr);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

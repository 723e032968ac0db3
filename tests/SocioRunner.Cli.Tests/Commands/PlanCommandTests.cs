using System.Text.Json.Nodes;

namespace SocioRunner.Cli.Tests.Commands;

/// <summary>
/// <c>socio plan</c>: the execution order, each node's key and whether it would run, as the run that follows sees it;
/// it runs nothing and writes nothing.
/// </summary>
public sealed class PlanCommandTests : IDisposable
{
    const string Experiment = """
        name: planned
        seed: 3
        device: cpu
        nodes:
          income: { kind: dataset/household-income, inputs: { raw: city } }
          city: { kind: dataset/synthetic-city, tiles: 40, flair_patches: 0 }
        """;

    readonly string root = Directory.CreateTempSubdirectory("socio-plan-").FullName;

    string File => Path.Combine(root, "planned.yaml");

    string Cache => Path.Combine(root, "cache");

    /// <summary>The table's rows as (step, node, kind, short key, status).</summary>
    async Task<List<string[]>> Plan(params string[] extra)
    {
        var (exit, stdout, stderr) = await CliRunner.Run(root, ["plan", File, "--cache", Cache, .. extra]);
        Assert.True(exit == 0, stdout + stderr);
        return stdout.Split('\n')
            .Select(line => line.Replace('|', '│').Split('│', StringSplitOptions.TrimEntries))   // ASCII borders where Unicode is off
            .Where(cells => cells.Length == 7 && int.TryParse(cells[1], out _))
            .Select(cells => cells[1..6])
            .ToList();
    }

    [Fact]
    public async Task Plan_lists_the_order_keys_and_what_would_run_without_running_anything()
    {
        System.IO.File.WriteAllText(File, Experiment);

        var before = await Plan();

        Assert.Equal([["1", "city", "dataset/synthetic-city"], ["2", "income", "dataset/household-income"]], before.Select(r => r[..3]));
        Assert.All(before, row => Assert.Equal("will run", row[4]));
        Assert.False(Directory.Exists(Path.Combine(root, "reports")), "plan wrote a run folder");
        Assert.False(Directory.Exists(Path.Combine(Cache, "objects")) && Directory.EnumerateFileSystemEntries(Path.Combine(Cache, "objects")).Any(), "plan wrote an artifact");

        var (exit, _, err) = await CliRunner.Run(root, "run", File, "--cache", Cache);
        Assert.True(exit == 0, err);
        string runJson = Directory.EnumerateFiles(Path.Combine(root, "reports"), "run.json", SearchOption.AllDirectories).Single();
        var keys = JsonNode.Parse(System.IO.File.ReadAllText(runJson))!["nodes"]!.AsArray().ToDictionary(n => (string)n!["id"]!, n => (string)n!["key"]!);

        var after = await Plan();

        Assert.Equal([keys["city"][..12], keys["income"][..12]], after.Select(r => r[3]));
        Assert.Equal(before.Select(r => r[3]), after.Select(r => r[3]));
        Assert.All(after, row => Assert.Equal("cached", row[4]));
    }

    [Fact]
    public async Task A_changed_option_or_force_marks_the_node_and_its_dependents()
    {
        System.IO.File.WriteAllText(File, Experiment);
        var (exit, _, err) = await CliRunner.Run(root, "run", File, "--cache", Cache);
        Assert.True(exit == 0, err);

        var changed = await Plan("--set", "nodes.income.val_fraction=0.3");
        var forced = await Plan("--force", "city");

        Assert.Equal(["cached", "will run"], changed.Select(r => r[4]));
        Assert.Equal(["forced: will run", "forced: will run"], forced.Select(r => r[4]));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(root, "reports"), "run.json", SearchOption.AllDirectories));   // plan ran nothing
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

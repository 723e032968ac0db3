using SocioRunner.Cli.Tests.Faults;

namespace SocioRunner.Cli.Tests.Sweeps;

/// <summary>validate/plan --multirun show members and shared nodes; bad sweeps exit 2 naming the --set or the sweep: line.</summary>
public sealed class SweepCommandTests : IDisposable
{
    readonly TinyCacheWorkspace workspace = new();

    string Experiment(string sweep = "") => workspace.Write("tiny-sweep.yaml", $"""
        name: tiny
        seed: 3
        device: cpu
        nodes:
          city: {"{"} kind: dataset/synthetic-city, tiles: 20, tile_size: 16, flair_patches: 0 {"}"}
          income: {"{"} kind: dataset/household-income, inputs: {"{"} raw: city {"}"} {"}"}
        {sweep}
        """);

    [Fact]
    public async Task Validate_lists_every_member_of_the_file_grid_and_the_command_line_lists()
    {
        string file = Experiment("sweep:\n  grid:\n    nodes.city.tiles: [20, 24]\n");
        var (exit, stdout, stderr) = await workspace.Cli("validate", file, "--multirun", "--set", "seed=1,2");

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("valid sweep of 4 members (8 nodes, 8 distinct: 0 shared between members)", stdout);
        Assert.Contains("m03: city.tiles=24 seed=2", stdout);
    }

    [Fact]
    public async Task Plan_shows_which_nodes_members_share()
    {
        string file = Experiment();
        // Two members with equal values have equal keys for every node: everything is shared, computed once.
        var (exit, stdout, stderr) = await workspace.Cli("plan", file, "-m", "--set", "nodes.city.tiles=20,20");

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("m00, m01", stdout);
        Assert.Contains("computed once", stdout);
        Assert.Contains("2 members, 4 nodes, 2 distinct (2 shared node runs saved)", stdout);
    }

    [Fact]
    public async Task A_wrong_typed_value_in_the_sweep_section_exits_2_naming_its_line()
    {
        string file = Experiment("sweep:\n  grid:\n    nodes.city.tiles: [20, many]\n");
        var (exit, _, stderr) = await workspace.Cli("run", file, "--multirun");

        Assert.Equal(2, exit);
        Assert.StartsWith($"{file}:9:28: nodes.city.tiles:", OneLine(stderr));
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(Path.Combine(workspace.Root, "reports")));
    }

    [Fact]
    public async Task A_swept_path_that_does_not_exist_exits_2_naming_the_set()
    {
        var (exit, _, stderr) = await workspace.Cli("validate", Experiment(), "-m", "--set", "nodes.town.tiles=1,2");

        Assert.Equal(2, exit);
        Assert.Equal("--set nodes.town.tiles=1,2: nodes.town.tiles: unknown node 'town'", OneLine(stderr));
    }

    [Fact]
    public async Task A_swept_path_of_the_sweep_section_that_does_not_exist_exits_2_in_one_line_naming_its_line()
    {
        string file = Experiment("sweep:\n  grid:\n    nodes.town.tiles: [20, 24]\n");
        var (exit, _, stderr) = await workspace.Cli("run", file, "--multirun", "--set", "seed=1,2");

        Assert.Equal(2, exit);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(file)}:9:\d+: nodes.town.tiles: unknown node 'town'", OneLine(stderr));
        Assert.False(Directory.Exists(Path.Combine(workspace.Root, "reports")));
    }

    [Fact]
    public async Task A_wrong_typed_value_given_by_set_exits_2_in_one_line_naming_the_set()
    {
        var (exit, _, stderr) = await workspace.Cli("run", Experiment(), "--multirun", "--set", "nodes.city.tiles=20,many", "--set", "seed=1,2");

        Assert.Equal(2, exit);
        Assert.Equal("--set nodes.city.tiles=20,many: nodes.city.tiles: expected an integer, got 'many'", OneLine(stderr));
        Assert.False(Directory.Exists(Path.Combine(workspace.Root, "reports")));
    }

    /// <summary>Bad input is one line on the console (no stack trace, no repeat per member); returns it.</summary>
    static string OneLine(string stderr) => Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [Fact]
    public async Task An_empty_sweep_exits_2()
    {
        var (exit, _, stderr) = await workspace.Cli("run", Experiment(), "--multirun");
        Assert.Equal(2, exit);
        Assert.Contains("empty sweep", OneLine(stderr));

        (exit, _, stderr) = await workspace.Cli("validate", Experiment("sweep:\n  grid:\n    seed: []\n"), "-m");
        Assert.Equal(2, exit);
        Assert.Contains(":9:11: sweep.grid.seed: empty list", OneLine(stderr));
    }

    public void Dispose() => workspace.Dispose();
}

namespace SocioRunner.Cli.Tests.Commands;

/// <summary>The live progress display (used on terminals) must cope with every node outcome, cached ones included.</summary>
public sealed class RichConsoleTests : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("socio-rich-").FullName;

    [Fact]
    public async Task A_run_with_cached_nodes_succeeds_with_live_progress()
    {
        string file = Path.Combine(root, "exp.yaml");
        File.WriteAllText(file, "name: rich\nseed: 1\nnodes:\n  city: { kind: dataset/synthetic-city, tiles: 40, flair_patches: 0 }\n");
        // Set only for these runs, under CliRunner's gate: set process-wide, it would give runs of other test classes the
        // live display too.
        var rich = new Dictionary<string, string?> { ["SOCIO_CONSOLE"] = "rich" };
        var first = await CliRunner.RunWithEnvironment(root, rich, file);
        Assert.True(first.Exit == 0, first.Err);
        var second = await CliRunner.RunWithEnvironment(root, rich, file);
        Assert.True(second.Exit == 0, second.Err);
        Assert.Contains("1 cached", second.Out);
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

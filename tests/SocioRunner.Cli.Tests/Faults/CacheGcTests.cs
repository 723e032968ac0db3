namespace SocioRunner.Cli.Tests.Faults;

/// <summary><c>cache gc</c> lists (dry run) and removes artifacts that no recent run references; the rest stay usable.</summary>
public sealed class CacheGcTests : IDisposable
{
    readonly TinyCacheWorkspace workspace = new();

    [Fact]
    public async Task Dry_run_lists_unreferenced_artifacts_and_gc_removes_only_those()
    {
        var old = await workspace.RunOk(workspace.Experiment(tiles: 20));
        await Task.Delay(20); // distinct started_at
        var recent = await workspace.RunOk(workspace.Experiment(tiles: 21));
        string oldCity = TinyCacheWorkspace.Key(old, "city"), oldIncome = TinyCacheWorkspace.Key(old, "income");
        string[] recentKeys = [TinyCacheWorkspace.Key(recent, "city"), TinyCacheWorkspace.Key(recent, "income")];

        var (dryExit, dryOut, _) = await workspace.Cli("cache", "gc", "--dry-run", "--keep-runs", "1");

        Assert.Equal(0, dryExit);
        Assert.Contains($"would remove {oldCity[..12]} dataset/synthetic-city (node city)", dryOut);
        Assert.Contains($"would remove {oldIncome[..12]} dataset/household-income (node income)", dryOut);
        Assert.Contains("2 unreferenced artifacts would be removed", dryOut);
        Assert.True(Directory.Exists(workspace.ObjectDirectory(oldCity)), "a dry run removes nothing");

        var (exit, stdout, _) = await workspace.Cli("cache", "gc", "--keep-runs", "1");

        Assert.Equal(0, exit);
        Assert.Contains("2 unreferenced artifacts removed", stdout);
        Assert.False(Directory.Exists(workspace.ObjectDirectory(oldCity)));
        Assert.False(Directory.Exists(workspace.ObjectDirectory(oldIncome)));
        Assert.All(recentKeys, key => Assert.True(Directory.Exists(workspace.ObjectDirectory(key))));
        var again = await workspace.RunOk(workspace.Experiment(tiles: 21));
        Assert.Equal("cached", TinyCacheWorkspace.Status(again, "income"));
        Assert.Equal(0, (await workspace.Cli("cache", "verify")).Exit);
    }

    public void Dispose() => workspace.Dispose();
}

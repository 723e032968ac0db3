namespace SocioRunner.Cli.Tests.Faults;

/// <summary>
/// A process killed while an artifact is written leaves at most a folder under tmp/ (never read) — and even an
/// objects/ folder without its manifest is not trusted. A flipped byte is found by <c>cache verify</c> and recomputed.
/// </summary>
public sealed class InterruptedWriteTests : IDisposable
{
    readonly TinyCacheWorkspace workspace = new();

    [Fact]
    public async Task Leftovers_of_a_killed_write_are_never_reused_and_the_next_run_recomputes()
    {
        string experiment = workspace.Experiment();
        var first = await workspace.RunOk(experiment);
        string incomeKey = TinyCacheWorkspace.Key(first, "income");
        // What a kill during the write of 'income' can leave: a half-written folder under tmp/ ...
        string stale = Directory.CreateDirectory(Path.Combine(workspace.Cache, "tmp", $"{incomeKey}.99999.deadbeef", "files")).FullName;
        File.WriteAllText(Path.Combine(stale, "train.csv"), "idINSPIRE,image_path,inc");
        // ... and (worse than a rename allows) an objects/ folder with files but no manifest.
        File.Delete(Path.Combine(workspace.ObjectDirectory(incomeKey), "manifest.json"));

        var second = await workspace.RunOk(experiment);

        Assert.Equal("cached", TinyCacheWorkspace.Status(second, "city"));
        Assert.Equal("ran", TinyCacheWorkspace.Status(second, "income"));
        Assert.True(File.Exists(Path.Combine(workspace.ObjectDirectory(incomeKey), "manifest.json")));
        var (exit, stdout, _) = await workspace.Cli("cache", "verify");
        Assert.True(exit == 0, stdout);
        Assert.Contains("0 corrupted", stdout);
    }

    [Fact]
    public async Task A_flipped_byte_is_detected_by_cache_verify_and_recomputed_by_the_next_run()
    {
        string experiment = workspace.Experiment();
        var first = await workspace.RunOk(experiment);
        string cityKey = TinyCacheWorkspace.Key(first, "city");
        string victim = Path.Combine(workspace.ObjectDirectory(cityKey), "files", "ground_truth.csv");
        byte[] original = File.ReadAllBytes(victim), bytes = (byte[])original.Clone();
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(victim, bytes);

        var (exit, stdout, _) = await workspace.Cli("cache", "verify");

        Assert.Equal(3, exit);
        Assert.Contains($"{cityKey}: ground_truth.csv checksum mismatch (corrupted)", stdout);
        Assert.Contains("1 corrupted", stdout);
        Assert.False(Directory.Exists(workspace.ObjectDirectory(cityKey)));
        var second = await workspace.RunOk(experiment);
        Assert.Equal("ran", TinyCacheWorkspace.Status(second, "city"));
        Assert.Equal(0, (await workspace.Cli("cache", "verify")).Exit);
        Assert.Equal(original, File.ReadAllBytes(victim)); // recomputed, identical to the original
    }

    public void Dispose() => workspace.Dispose();
}

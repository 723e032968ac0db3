using System.Text.RegularExpressions;

namespace SocioRunner.Cli.Tests.Commands;

/// <summary>
/// <c>socio synth</c>: writes the synthetic city (income PNG tiles + census CSV, FLAIR image/mask TIFFs, ground truth)
/// to a new folder; the same seed gives the same bytes; it never writes into a non-empty folder or leaves a half one.
/// </summary>
public sealed class SynthCommandTests : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("socio-synth-").FullName;

    async Task<string> Synth(string name, int seed)
    {
        var (exit, stdout, stderr) = await CliRunner.Run(root, "synth", "--out", name, "--seed", $"{seed}", "--tiles", "30", "--flair-patches", "4");
        Assert.True(exit == 0, stdout + stderr);
        string folder = Path.Combine(root, name);
        Assert.Matches(new Regex($@"^wrote {Regex.Escape(folder)}: 30 tiles \(\d+ labelled\), 4 FLAIR patches, oracle R\^2 \d\.\d{{3}}$", RegexOptions.Multiline), stdout);
        return folder;
    }

    static Dictionary<string, byte[]> Contents(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    static int Count(string folder, string pattern) => Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Count();

    [Fact]
    public async Task Synth_writes_the_city_in_the_real_formats_and_the_same_seed_gives_the_same_bytes()
    {
        string first = await Synth("city-a", seed: 5);
        string again = await Synth("city-b", seed: 5);
        string other = await Synth("city-c", seed: 6);

        Assert.Equal(30, Count(Path.Combine(first, "income", "data", "imagery_out"), "*.png"));
        Assert.True(File.Exists(Path.Combine(first, "income", "data", "census_data", "squares_to_ses_2019.csv")));
        Assert.Equal(4, Count(Path.Combine(first, "flair"), "IMG_*.tif"));
        Assert.Equal(4, Count(Path.Combine(first, "flair"), "MSK_*.tif"));
        Assert.Equal("concept,effect,kind,difference_vs_random,expected_vs_random,difference_one_vs_all,expected_one_vs_all", File.ReadLines(Path.Combine(first, "ground_truth.csv")).First());
        Assert.True(File.Exists(Path.Combine(first, "synthetic_city.json")));
        Assert.Empty(Directory.EnumerateDirectories(root, "*.partial-*"));

        var (a, b, c) = (Contents(first), Contents(again), Contents(other));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, file => Assert.True(file.Value.AsSpan().SequenceEqual(b[file.Key]), $"{file.Key} differs between two runs with seed 5"));
        Assert.Contains(a, file => c.TryGetValue(file.Key, out var bytes) && !file.Value.AsSpan().SequenceEqual(bytes));
    }

    [Fact]
    public async Task A_non_empty_target_or_an_invalid_size_is_invalid_input_and_nothing_is_written()
    {
        string occupied = Directory.CreateDirectory(Path.Combine(root, "occupied")).FullName;
        File.WriteAllText(Path.Combine(occupied, "keep.txt"), "mine");

        var (exit, stdout, stderr) = await CliRunner.Run(root, "synth", "--out", "occupied", "--tiles", "30");
        var (tooFew, _, tooFewErr) = await CliRunner.Run(root, "synth", "--out", "fresh", "--tiles", "5");

        Assert.Equal(2, exit);
        Assert.Contains("occupied: already exists and is not empty", stderr);
        Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(occupied).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(occupied, "keep.txt")));
        Assert.Equal(2, tooFew);
        Assert.StartsWith("synth: ", tooFewErr.Trim());
        Assert.Equal("synth: --tiles must be between 20 and 1000000.", tooFewErr.Trim());
        Assert.False(Directory.Exists(Path.Combine(root, "fresh")));
        Assert.DoesNotContain("   at ", stdout + stderr + tooFewErr);
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

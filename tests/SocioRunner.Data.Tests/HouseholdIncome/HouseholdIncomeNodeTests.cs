using SocioRunner.Core.Nodes;
using SocioRunner.Data.Datasets;
using SocioRunner.Data.HouseholdIncome;
using SocioRunner.Core.Tables;
using SocioRunner.Data.Internal;

namespace SocioRunner.Data.Tests.HouseholdIncome;

public class HouseholdIncomeNodeTests(CityFixture city) : IClassFixture<CityFixture>
{
    [Fact]
    public void Reads_the_synthetic_city_through_the_raw_input_and_splits_80_20_then_80_20_by_quintile()
    {
        using var temp = new TempDirectory();
        var context = NodeRunner.Run(new HouseholdIncomeNode(), new HouseholdIncomeOptions(), temp.Sub("out"),
            inputs: new Dictionary<string, Core.Artifacts.ArtifactHandle> { ["raw"] = NodeRunner.Handle(city.Root, ArtifactTypes.RawData) });
        var dataset = DatasetArtifact.Open(temp.Sub("out"));
        Assert.Equal("income", dataset.LabelName);
        int train = dataset.Split("train").Count, val = dataset.Split("val").Count, test = dataset.Split("test").Count;
        Assert.Equal(city.Summary.LabelledTiles, train + val + test);
        Assert.Equal(4, context.Summary["void_tiles"]!.GetValue<int>());
        Assert.Equal(3, context.Summary["empty_income_rows"]!.GetValue<int>());
        Assert.InRange(test / (double)(train + val + test), 0.18, 0.22);
        Assert.InRange(val / (double)(train + val), 0.18, 0.22);
        var ids = dataset.Split("train").Concat(dataset.Split("val")).Concat(dataset.Split("test")).Select(s => s.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());

        var testTable = CsvTable.Read(Path.Combine(temp.Path, "out", "test.csv"));
        Assert.Equal(["idINSPIRE", "image_path", "income", "income_class"], testTable.Columns);
        var perClass = testTable.Rows.GroupBy(r => r[3]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(5, perClass.Count);
        Assert.True(perClass.Values.Max() - perClass.Values.Min() <= 1, "test split is stratified by income quintile");
    }

    [Fact]
    public void Same_seed_same_split_and_existing_split_files_are_reused()
    {
        using var temp = new TempDirectory();
        string root = city.CopyIncome(temp);
        NodeRunner.Run(new HouseholdIncomeNode(), new HouseholdIncomeOptions { Root = root }, temp.Sub("a"), seed: 3);
        NodeRunner.Run(new HouseholdIncomeNode(), new HouseholdIncomeOptions { Root = root }, temp.Sub("b"), seed: 3);
        Assert.Equal(File.ReadAllText(Path.Combine(temp.Path, "a", "train.csv")), File.ReadAllText(Path.Combine(temp.Path, "b", "train.csv")));

        var rows = File.ReadAllLines(Path.Combine(temp.Path, "a", "test.csv"));
        foreach (var split in new[] { "train", "val", "test" }) File.Copy(Path.Combine(temp.Path, "a", split + ".csv"), Path.Combine(root, split + ".csv"));
        File.WriteAllLines(Path.Combine(root, "test.csv"), rows.Take(3));
        var context = NodeRunner.Run(new HouseholdIncomeNode(), new HouseholdIncomeOptions { Root = root }, temp.Sub("c"), seed: 99);
        Assert.Equal(2, DatasetArtifact.Open(temp.Sub("c")).Split("test").Count);
        Assert.Equal(Path.GetFullPath(root), context.Summary["split_source"]!.GetValue<string>());
    }

    [Fact]
    public void Fingerprint_changes_when_a_file_is_added()
    {
        using var temp = new TempDirectory();
        string root = city.CopyIncome(temp);
        INodeKind kind = new HouseholdIncomeNode();
        var options = new HouseholdIncomeOptions { Root = root };
        string? before = kind.ExternalFingerprint(options);
        File.WriteAllText(Path.Combine(root, "data", "extra.txt"), "x");
        Assert.NotEqual(before, kind.ExternalFingerprint(options));
        Assert.Null(kind.ExternalFingerprint(new HouseholdIncomeOptions()));
    }
}

/// <summary>A dataset artifact over a synthetic city in the same cache stores relative image paths, so the cache can move.</summary>
public class DatasetRelocationTests(CityFixture city) : IClassFixture<CityFixture>
{
    [Fact]
    public void A_cache_copied_elsewhere_still_resolves_every_image_of_the_dataset()
    {
        using var temp = new TempDirectory();
        // The store's layout: artifacts at <cache>/objects/<key>/files, written at <cache>/tmp/<name>/files first.
        string cache = temp.Sub("cache-a");
        string raw = Path.Combine(cache, "objects", "raw-key", "files"), written = Path.Combine(cache, "tmp", "pending", "files");
        CopyDirectory(city.Root, raw);
        NodeRunner.Run(new HouseholdIncomeNode(), new HouseholdIncomeOptions(), written,
            inputs: new Dictionary<string, Core.Artifacts.ArtifactHandle> { ["raw"] = NodeRunner.Handle(raw, ArtifactTypes.RawData) });
        Directory.CreateDirectory(Path.Combine(cache, "objects", "income-key"));
        Directory.Move(written, Path.Combine(cache, "objects", "income-key", "files"));

        string moved = Path.Combine(temp.Path, "elsewhere", "cache-b");
        CopyDirectory(cache, moved);
        Directory.Delete(cache, recursive: true);

        string artifact = Path.Combine(moved, "objects", "income-key", "files");
        Assert.DoesNotContain(temp.Path, File.ReadAllText(Path.Combine(artifact, "samples", "train.csv")));
        string splitFile = File.ReadAllText(Path.Combine(artifact, "test.csv"));
        Assert.False(splitFile.Contains(temp.Path, StringComparison.Ordinal), splitFile[..Math.Min(400, splitFile.Length)]);
        var dataset = DatasetArtifact.Open(artifact);
        var samples = DatasetArtifact.SplitNames.SelectMany(dataset.Split).ToList();
        Assert.Equal(city.Summary.LabelledTiles, samples.Count);
        Assert.All(samples, s => Assert.StartsWith(Path.Combine(moved, "objects", "raw-key", "files"), s.ImagePath));
        Assert.All(samples, s => Assert.True(File.Exists(s.ImagePath), s.ImagePath));
        Assert.All(IncomeSplitFiles.Read(artifact).Values.SelectMany(t => t), t => Assert.True(File.Exists(t.ImagePath), t.ImagePath));
    }

    [Fact]
    public void Images_under_an_external_data_root_are_stored_relative_to_that_root()
    {
        using var temp = new TempDirectory();
        string root = city.CopyIncome(temp);
        NodeRunner.Run(new HouseholdIncomeNode(), new HouseholdIncomeOptions { Root = root, ReuseSplits = false }, temp.Sub("out"));
        var info = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, "out", "dataset.json")))!;
        Assert.Equal("root", info["image_paths"]!.GetValue<string>());
        var stored = CsvTable.Read(Path.Combine(temp.Path, "out", "samples", "val.csv")).Rows.Select(r => r[1]).ToList();
        Assert.All(stored, p => Assert.StartsWith("data/imagery_out/", p));
        Assert.All(DatasetArtifact.Open(temp.Sub("out")).Split("val"), s => Assert.True(File.Exists(s.ImagePath)));
    }

    static void CopyDirectory(string source, string target)
    {
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}

using System.Security.Cryptography;
using System.Text.Json.Nodes;
using SocioRunner.Data.Images;
using SocioRunner.Core.Tables;
using SocioRunner.Data.Internal;
using SocioRunner.Data.SyntheticCity;

namespace SocioRunner.Data.Tests.SyntheticCity;

public class SyntheticCityGeneratorTests
{
    static readonly SyntheticCityOptions Small = new() { Tiles = 60, FlairPatches = 16, VoidTiles = 3, MissingIncome = 2 };

    [Fact]
    public void Same_seed_gives_identical_bytes_and_another_seed_differs()
    {
        using var temp = new TempDirectory();
        SyntheticCityGenerator.Generate(Small, temp.Sub("a"), 5);
        SyntheticCityGenerator.Generate(Small, temp.Sub("b"), 5);
        SyntheticCityGenerator.Generate(Small, temp.Sub("c"), 6);
        Assert.Equal(Digest(temp.Sub("a")), Digest(temp.Sub("b")));
        Assert.NotEqual(Digest(temp.Sub("a")), Digest(temp.Sub("c")));
    }

    [Fact]
    public void Writes_the_real_layouts_with_ground_truth()
    {
        using var temp = new TempDirectory();
        var summary = SyntheticCityGenerator.Generate(Small, temp.Path, 1);
        var tiles = Directory.GetFiles(Path.Combine(temp.Path, SyntheticCityGenerator.ImageryFolder), "*.png", SearchOption.AllDirectories);
        Assert.Equal(60, tiles.Length);
        Assert.All(tiles, t => Assert.Matches(@"sq_\d+_CRS3035RES200mN\d+E\d+\.png$", t));
        var census = CsvTable.Read(Path.Combine(temp.Path, SyntheticCityGenerator.IncomeCsv));
        Assert.Equal(["IdINSPIRE", "income"], census.Columns);
        Assert.Equal(2, census.Rows.Count(r => r[1] == ""));
        var truth = CsvTable.Read(Path.Combine(temp.Path, "ground_truth.csv"));
        Assert.Equal(["impervious", "vegetation", "dense_residential", "medium_residential", "sparse_residential", "agriculture", "water", "greenhouses", "solar_panels"],
            truth.Rows.Select(r => r[0]));
        Assert.Equal(["concept", "effect", "kind", "difference_vs_random", "expected_vs_random", "difference_one_vs_all", "expected_one_vs_all"], truth.Columns);
        Assert.Equal(0.0, truth.Number(truth.Rows.ToList().FindIndex(r => r[0] == "agriculture"), 1));
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, "synthetic_city.json")))!;
        Assert.Equal(summary.OracleR2, json["oracle_r2"]!.GetValue<double>(), 3);
        Assert.InRange(summary.OracleR2, 0.6, 0.98);

        var image = TiffCodec.Decode(Directory.GetFiles(temp.Path, "IMG_000001.tif", SearchOption.AllDirectories).Single());
        var mask = TiffCodec.Decode(Directory.GetFiles(temp.Path, "MSK_000001.tif", SearchOption.AllDirectories).Single());
        Assert.Equal((64, 64, 5), (image.Width, image.Height, image.Bands));
        Assert.Equal((64, 64, 1), (mask.Width, mask.Height, mask.Bands));
        Assert.All(mask.Data, code => Assert.InRange(code, 1f, 19f));
    }

    [Fact]
    public void Only_the_void_tiles_have_zero_pixels()
    {
        using var temp = new TempDirectory();
        SyntheticCityGenerator.Generate(Small, temp.Path, 2);
        var shares = Directory.GetFiles(temp.Path, "*.png", SearchOption.AllDirectories).Select(p => PngCodec.Decode(p).ZeroShare()).ToList();
        Assert.Equal(3, shares.Count(s => s > 0.01));
        Assert.Equal(57, shares.Count(s => s == 0));
    }

    static string Digest(string root) => string.Join("\n", Directory.GetFiles(root, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => Path.GetRelativePath(root, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));

    static readonly SyntheticCityOptions Truthful = new() { Tiles = 300, FlairPatches = 200, VoidTiles = 0, MissingIncome = 0, TileSize = 16, FlairPatchSize = 16 };

    [Fact]
    public void Ground_truth_is_the_relative_effect_against_each_comparison_with_distractors_as_nulls()
    {
        using var temp = new TempDirectory();
        SyntheticCityGenerator.Generate(Truthful, temp.Path, 3);
        var truth = CsvTable.Read(Path.Combine(temp.Path, "ground_truth.csv"));
        string Cell(string concept, string column) => truth.Rows.First(r => r[0] == concept)[truth.Columns.ToList().IndexOf(column)];

        // Sparse residential (+12000) and impervious (-12000) dominate their patches: far above / below either comparison.
        Assert.Equal(("+", "+"), (Cell("sparse_residential", "expected_vs_random"), Cell("sparse_residential", "expected_one_vs_all")));
        Assert.Equal(("-", "-"), (Cell("impervious", "expected_vs_random"), Cell("impervious", "expected_one_vs_all")));
        // Agriculture has no effect of its own, but is below the others (a relative effect TCAV should find).
        Assert.Equal("-", Cell("agriculture", "expected_one_vs_all"));
        foreach (var distractor in new[] { "greenhouses", "solar_panels" })
        {
            Assert.Equal("distractor", Cell(distractor, "kind"));
            Assert.Equal("0", Cell(distractor, "expected_one_vs_all"));
        }

        foreach (var row in truth.Rows)
        {
            // A direction is expected only beyond the null margin (at least 500), and then it is the difference's sign.
            double difference = double.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(Math.Abs(difference) <= 500 ? "0" : row[6] == "0" ? "0" : difference > 0 ? "+" : "-", row[6]);
        }
    }

    [Fact]
    public void Without_the_interaction_every_interval_has_the_overall_truth_and_with_it_vegetation_differs()
    {
        using var temp = new TempDirectory();
        SyntheticCityGenerator.Generate(Truthful, temp.Sub("additive"), 3);
        SyntheticCityGenerator.Generate(Truthful with { Interaction = true }, temp.Sub("interaction"), 3);

        var additive = CsvTable.Read(Path.Combine(temp.Path, "additive", "ground_truth_intervals.csv"));
        Assert.Equal(9 * 2 * 5, additive.Rows.Count);
        Assert.All(additive.Rows.GroupBy(r => (r[0], r[1])), g => Assert.Single(g.Select(r => r[5]).Distinct()));

        var interaction = CsvTable.Read(Path.Combine(temp.Path, "interaction", "ground_truth_intervals.csv"));
        var vegetation = interaction.Rows.Where(r => r[0] == "vegetation" && r[1] == "one-vs-all").OrderBy(r => int.Parse(r[2])).Select(r => r[6]).ToArray();
        Assert.Equal("+", vegetation[0]); // low-income surroundings: the effect exists
        Assert.NotEqual("+", vegetation[^1]); // high incomes: it does not
    }

    [Fact]
    public void The_independent_layout_draws_every_block_on_its_own_and_keeps_the_outcome_function()
    {
        using var temp = new TempDirectory();
        SyntheticCityGenerator.Generate(Truthful, temp.Sub("bands"), 4);
        SyntheticCityGenerator.Generate(Truthful with { Layout = CityLayout.Independent, Interaction = true }, temp.Sub("independent"), 4);

        var bands = TileShares(temp.Sub("bands"));
        var independent = TileShares(temp.Sub("independent"));
        // Bands: 1 to 3 zones per tile. Independent: 16 draws from 8 zones, so 4 or more zones in almost every tile (a tile
        // with at most 3 has probability ~1%), and each zone's share averages its frequency (0.16 for dense residential).
        Assert.All(bands, t => Assert.InRange(t.Shares.Count(s => s > 0), 1, 3));
        Assert.True(independent.Count(t => t.Shares.Count(s => s > 0) >= 4) >= 0.9 * independent.Count,
            $"only {independent.Count(t => t.Shares.Count(s => s > 0) >= 4)} of {independent.Count} tiles have 4 or more zones");
        int dense = Zones.All.ToList().IndexOf(Zone.DenseResidential);
        Assert.InRange(independent.Average(t => t.Shares[dense]), 0.13, 0.19);
        Assert.All(independent, t => Assert.Equal(1.0, t.Shares.Sum(), 9));

        // The same outcome function: the expected income is the income function of the tile's shares.
        Assert.All(independent, t => Assert.Equal(IncomeFunction.Evaluate(Zones.All.Select((z, i) => (z, t.Shares[i])).ToDictionary(x => x.z, x => x.Item2), interaction: true),
            t.Expected, 6));
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Sub("independent"), "synthetic_city.json")))!;
        Assert.StartsWith("independent", json["layout"]!.GetValue<string>());
    }

    static List<(double[] Shares, double Expected)> TileShares(string city)
    {
        var table = CsvTable.Read(Path.Combine(city, "tiles_truth.csv"));
        var columns = table.Columns.ToList();
        var zones = Zones.All.Select(z => columns.IndexOf("share_" + z.ConceptName())).ToArray();
        int expected = columns.IndexOf("expected_income");
        return [.. table.Rows.Select(r => (zones.Select(c => double.Parse(r[c], System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            double.Parse(r[expected], System.Globalization.CultureInfo.InvariantCulture)))];
    }
}

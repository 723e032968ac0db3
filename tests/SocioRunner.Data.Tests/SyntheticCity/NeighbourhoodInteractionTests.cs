using SocioRunner.Core.Tables;
using SocioRunner.Data.SyntheticCity;

namespace SocioRunner.Data.Tests.SyntheticCity;

/// <summary>The neighbourhood interaction on hand-made 4 x 4 tiles, its finite-swap marginal effects, and a generated city
/// whose interval truth has vegetation's effect in low incomes and not in high ones.</summary>
public sealed class NeighbourhoodInteractionTests
{
    const Zone V = Zone.Vegetation, I = Zone.Impervious, S = Zone.SparseResidential, A = Zone.Agriculture;

    static Zone[] Tile(params Zone[] blocks) => blocks.Length == 16 ? blocks : throw new ArgumentException("16 blocks");

    [Fact]
    public void A_vegetation_block_counts_only_next_to_low_income_blocks()
    {
        // Row-major: the vegetation block at (row 0, column 0) has neighbours (0,1), (1,0), (1,1).
        var poor = Tile(V, I, A, A, I, I, A, A, A, A, A, A, A, A, A, A);   // neighbours I, I, I: mean -12000 < 0
        var rich = Tile(V, S, A, A, S, S, A, A, A, A, A, A, A, A, A, A);   // neighbours S, S, S: mean +12000
        var mixed = Tile(V, I, A, A, S, S, A, A, A, A, A, A, A, A, A, A);  // neighbours I, S, S: mean +4000

        Assert.Equal(IncomeFunction.Base + (9000 - 3 * 12000) / 16.0, NeighbourhoodInteraction.Evaluate(poor), 9);
        Assert.Equal(IncomeFunction.Base + 3 * 12000 / 16.0, NeighbourhoodInteraction.Evaluate(rich), 9);
        Assert.Equal(IncomeFunction.Base + (-12000 + 2 * 12000) / 16.0, NeighbourhoodInteraction.Evaluate(mixed), 9);
    }

    [Fact]
    public void Vegetation_neighbours_count_zero_so_a_vegetation_field_has_no_effect()
    {
        var field = Enumerable.Repeat(V, 16).ToArray();
        Assert.Equal(IncomeFunction.Base, NeighbourhoodInteraction.Evaluate(field), 9);
        // Without the interaction every block adds its effect; with it, an all-vegetation tile is not low-income surroundings.
        Assert.NotEqual(IncomeFunction.Evaluate(TileComposer.Shares(field)), NeighbourhoodInteraction.Evaluate(field));
    }

    [Fact]
    public void Marginal_effects_are_the_mean_block_swap_and_include_neighbouring_vegetation()
    {
        var tile = Tile(V, I, A, A, I, I, A, A, A, A, A, A, A, A, A, A);
        var effects = NeighbourhoodInteraction.MarginalEffects(tile);
        double income = NeighbourhoodInteraction.Evaluate(tile);

        foreach (var zone in Zones.All)
        {
            double expected = Enumerable.Range(0, 16).Sum(b =>
            {
                var swapped = tile.ToArray();
                swapped[b] = zone;
                return NeighbourhoodInteraction.Evaluate(swapped) - income;
            });
            Assert.Equal(expected, effects[zone], 9);
        }

        // Differences between zones are what the ground truth uses. Here the vegetation block's neighbours are I, I, A
        // (mean -8000). Sparse residential vs impervious: their own effects give 16 x (12000 + 12000) / 16 = 24000 over the
        // 16 swaps; in the two swaps that replace one of the neighbouring I, sparse residential makes the mean 0 (no longer
        // low-income) and the vegetation block loses its 9000 / 16, impervious keeps it: 24000 - 2 x 562.5.
        var edge = Tile(V, I, A, A, I, A, A, A, A, A, A, A, A, A, A, A);
        var edgeEffects = NeighbourhoodInteraction.MarginalEffects(edge);
        Assert.Equal(22875, edgeEffects[Zone.SparseResidential] - edgeEffects[Zone.Impervious], 9);
    }

    [Fact]
    public void A_city_with_the_neighbourhood_interaction_has_vegetation_in_low_incomes_only_and_says_so()
    {
        using var temp = new TempDirectory();
        var options = new SyntheticCityOptions { Tiles = 400, FlairPatches = 180, NoiseSd = 0, Interaction = true, InteractionScope = InteractionScope.Neighbourhood };
        SyntheticCityGenerator.Generate(options, temp.Path, 11);

        var intervals = CsvTable.Read(Path.Combine(temp.Path, "ground_truth_intervals.csv"));
        var vegetation = intervals.Rows.Where(r => r[0] == "vegetation" && r[1] == "one-vs-all").OrderBy(r => int.Parse(r[2])).Select(r => r[6]).ToArray();
        Assert.Equal("+", vegetation[0]);
        Assert.NotEqual("+", vegetation[^1]);

        string description = File.ReadAllText(Path.Combine(temp.Path, "synthetic_city.json"));
        Assert.Contains("neighbouring blocks", description);
        // Noise 0: the census income is the tile's expected income, and for tiles where a vegetation block's neighbourhood
        // and the tile's surroundings disagree it is not the tile-wide interaction's value of the same shares.
        var truth = CsvTable.Read(Path.Combine(temp.Path, "tiles_truth.csv"));
        var columns = truth.Columns.ToList();
        double Number(IReadOnlyList<string> row, string column) => double.Parse(row[columns.IndexOf(column)], System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(truth.Rows, r => Assert.Equal(Number(r, "expected_income"), Number(r, "income"), 1));
        int differing = truth.Rows.Count(r => Math.Abs(Number(r, "expected_income")
            - IncomeFunction.Evaluate(Zones.All.ToDictionary(z => z, z => Number(r, "share_" + z.ConceptName())), interaction: true)) > 1);
        Assert.True(differing >= 10, $"only {differing} of {truth.Rows.Count} tiles differ from the tile-wide interaction");
    }
}

using System.Text.Json.Nodes;
using SocioRunner.Core.Tables;
using SocioRunner.Data.SyntheticCity;

namespace SocioRunner.Data.Tests.SyntheticCity;

/// <summary>
/// The tile-wide interaction's gate: the step (vegetation counts only where the other zones' terms are below 0) jumps at
/// tiles made only of vegetation and zero-effect zones, which sit exactly on its threshold; <c>interaction_ramp</c>
/// makes the function continuous, and its marginal effects are then the function's derivatives everywhere (the interval
/// truth TCAV's average gradient can be held to).
/// </summary>
public sealed class InteractionGateTests
{
    const double Ramp = 4000;

    // A tile of the kind that sits on the threshold: half vegetation, half agriculture (both other terms 0).
    static readonly Dictionary<Zone, double> OnThreshold = Shares((Zone.Vegetation, 8), (Zone.Agriculture, 8));

    [Fact]
    public void The_step_jumps_on_a_tile_of_vegetation_and_agriculture_and_the_ramp_does_not()
    {
        // One block of agriculture turned into dense residential: the other terms go from 0 to -562.5 €.
        var nudged = Shares((Zone.Vegetation, 8), (Zone.Agriculture, 7), (Zone.DenseResidential, 1));

        double stepJump = IncomeFunction.Evaluate(nudged, interaction: true) - IncomeFunction.Evaluate(OnThreshold, interaction: true);
        double rampChange = IncomeFunction.Evaluate(nudged, true, Ramp) - IncomeFunction.Evaluate(OnThreshold, true, Ramp);

        Assert.Equal(-562.5 + 4500, stepJump, 6);                      // the whole vegetation term switches on
        Assert.Equal(-562.5 + 4500 * 562.5 / Ramp, rampChange, 6);     // an eighth of it fades in
    }

    [Fact]
    public void With_a_ramp_every_marginal_effect_is_the_functions_derivative_on_tile_shaped_shares()
    {
        var rng = new Random(5);
        int checkedTiles = 0, inRamp = 0, onKink = 0;
        for (int t = 0; t < 3000; t++)
        {
            var shares = RandomTile(rng);
            double rest = shares.Where(kv => kv.Key != Zone.Vegetation).Sum(kv => IncomeFunction.Effect(kv.Key) * kv.Value);
            if (shares[Zone.Vegetation] > 0 && rest < 0 && rest > -Ramp) inRamp++;
            if (shares[Zone.Vegetation] > 0 && (rest == 0 || rest == -Ramp)) onKink++;
            var marginal = IncomeFunction.MarginalEffects(shares, true, Ramp);
            foreach (var zone in Zones.All)
            {
                const double h = 1e-4;
                double derivative = (IncomeFunction.Evaluate(Move(shares, zone, h), true, Ramp) - IncomeFunction.Evaluate(Move(shares, zone, -h), true, Ramp)) / (2 * h);
                Assert.True(Math.Abs(derivative - marginal[zone]) < 1e-3 * Math.Max(1, Math.Abs(derivative)),
                    $"{zone} at {Describe(shares)} (other terms {rest}): marginal {marginal[zone]}, derivative {derivative}");
            }
            checkedTiles++;
        }

        // The cases that matter were exercised: inside the ramp (the gate's own change) and on its kinks.
        Assert.True(inRamp > 100 && onKink > 20, $"{checkedTiles} tiles: {inRamp} inside the ramp, {onKink} on a kink");
    }

    [Fact]
    public void The_steps_marginal_effects_leave_out_its_jump_on_the_threshold()
    {
        const double h = 1e-4;
        var marginal = IncomeFunction.MarginalEffects(OnThreshold, interaction: true);
        double derivative = (IncomeFunction.Evaluate(Move(OnThreshold, Zone.DenseResidential, h), true)
            - IncomeFunction.Evaluate(Move(OnThreshold, Zone.DenseResidential, -h), true)) / (2 * h);

        Assert.Equal(-9000, marginal[Zone.DenseResidential]);
        Assert.True(derivative > 1e6, $"the step's central difference on the threshold is {derivative}, not a jump");
    }

    [Fact]
    public void A_city_with_a_ramp_writes_its_function_and_a_truth_from_its_derivatives()
    {
        using var temp = new TempDirectory();
        var options = new SyntheticCityOptions { Tiles = 300, FlairPatches = 200, FlairPatchSize = 16, VoidTiles = 0, MissingIncome = 0, TileSize = 16, Interaction = true, InteractionRamp = Ramp };
        SyntheticCityGenerator.Generate(options, temp.Path, 3);

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, "synthetic_city.json")))!;
        Assert.Equal(Ramp, json["interaction_ramp"]!.GetValue<double>());
        Assert.Contains("clamp", json["interaction"]!.GetValue<string>());
        var table = CsvTable.Read(Path.Combine(temp.Path, "tiles_truth.csv"));
        var columns = table.Columns.ToList();
        Assert.All(table.Rows, r =>
        {
            var shares = Zones.All.ToDictionary(z => z, z => double.Parse(r[columns.IndexOf("share_" + z.ConceptName())], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(IncomeFunction.Evaluate(shares, true, Ramp), double.Parse(r[columns.IndexOf("expected_income")], System.Globalization.CultureInfo.InvariantCulture), 6);
        });
        var vegetation = CsvTable.Read(Path.Combine(temp.Path, "ground_truth_intervals.csv")).Rows
            .Where(r => r[0] == "vegetation" && r[1] == "one-vs-all").OrderBy(r => int.Parse(r[2])).Select(r => r[6]).ToArray();
        Assert.Equal("+", vegetation[0]);
        Assert.NotEqual("+", vegetation[^1]);
    }

    static Dictionary<Zone, double> Shares(params (Zone Zone, int Blocks)[] blocks) =>
        Zones.All.ToDictionary(z => z, z => blocks.Where(b => b.Zone == z).Sum(b => b.Blocks) / 16.0);

    // Like a tile: 16 blocks of 1 to 3 zones.
    static Dictionary<Zone, double> RandomTile(Random rng)
    {
        var zones = Zones.All.OrderBy(_ => rng.Next()).Take(rng.Next(1, 4)).ToList();
        var counts = zones.ToDictionary(z => z, _ => 0);
        for (int b = 0; b < 16; b++) counts[zones[rng.Next(zones.Count)]]++;
        return Zones.All.ToDictionary(z => z, z => counts.GetValueOrDefault(z) / 16.0);
    }

    // One zone's share up by h (a direction in share space; the other shares are left as they are, as a derivative).
    static Dictionary<Zone, double> Move(Dictionary<Zone, double> shares, Zone zone, double h) =>
        shares.ToDictionary(kv => kv.Key, kv => kv.Key == zone ? kv.Value + h : kv.Value);

    static string Describe(Dictionary<Zone, double> shares) => string.Join(", ", shares.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key} {kv.Value}"));
}

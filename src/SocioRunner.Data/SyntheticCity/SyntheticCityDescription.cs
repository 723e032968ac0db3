using System.Text.Json.Nodes;

namespace SocioRunner.Data.SyntheticCity;

/// <summary>Writes synthetic_city.json: the outcome function, noise, oracle R^2, sizes and the land-cover legend.</summary>
internal static class SyntheticCityDescription
{
    public static void Write(string outDir, SyntheticCityOptions options, int seed, SyntheticCitySummary summary, double meanIncome)
    {
        var effects = new JsonObject();
        foreach (var zone in Zones.All) effects[zone.ConceptName()] = IncomeFunction.Effect(zone);
        var json = new JsonObject
        {
            ["generator"] = "SocioRunner synthetic city v1",
            ["seed"] = seed,
            ["outcome"] = "income",
            ["function"] = IncomeFunction.Formula,
            ["interaction"] = !options.Interaction ? null
                : options.InteractionScope == InteractionScope.Neighbourhood ? NeighbourhoodInteraction.Formula
                : options.InteractionRamp is double ramp ? IncomeFunction.RampFormula(ramp) : IncomeFunction.InteractionFormula,
            ["interaction_ramp"] = options.InteractionRamp,
            ["distractors"] = options.Distractors ? new JsonArray(Distractors.All.Select(d => (JsonNode)$"{d.ConceptName()} (FLAIR {d.Code()})").ToArray()) : null,
            ["base"] = IncomeFunction.Base,
            ["effects"] = effects,
            ["layout"] = options.Layout == CityLayout.Independent
                ? "independent: each block's zone drawn on its own from the zones' frequencies"
                : "bands: 1-3 zones with random weights, laid out as contiguous bands",
            ["share_definition"] = "share(zone) = fraction of the tile's 4x4 blocks laid out as that zone",
            ["noise_sd"] = options.NoiseSd,
            ["oracle_r2"] = Math.Round(summary.OracleR2, 4),
            ["income_mean"] = Math.Round(meanIncome, 1),
            ["income_sd"] = Math.Round(summary.IncomeSd, 1),
            ["tiles"] = options.Tiles,
            ["labelled_tiles"] = summary.LabelledTiles,
            ["void_tiles"] = Math.Min(options.VoidTiles, options.Tiles / 10),
            ["missing_income"] = Math.Min(options.MissingIncome, options.Tiles / 10),
            ["tile_size"] = options.TileSize,
            ["flair_patches"] = options.FlairPatches,
            ["flair_patch_size"] = options.FlairPatchSize,
            ["flair_bands"] = "R,G,B,NIR,elevation (uint8)",
            ["land_cover_codes"] = new JsonObject
            {
                ["1"] = "building", ["2"] = "pervious surface", ["3"] = "impervious surface", ["4"] = "bare soil", ["5"] = "water",
                ["6"] = "coniferous", ["7"] = "deciduous", ["10"] = "herbaceous vegetation", ["11"] = "agricultural land",
                ["12"] = "plowed land", ["13"] = "swimming pool", ["18"] = "greenhouse (distractor)", ["19"] = "other: solar panels (distractor)",
            },
        };
        File.WriteAllText(Path.Combine(outDir, "synthetic_city.json"), json.ToJsonString(new() { WriteIndented = true }));
    }
}

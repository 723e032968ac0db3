using System.ComponentModel.DataAnnotations;

namespace SocioRunner.Data.SyntheticCity;

/// <summary>Options of <c>dataset/synthetic-city</c> (and of the <c>synth</c> verb). Defaults generate in about a second.</summary>
public sealed record SyntheticCityOptions
{
    /// <summary>Number of income tiles (PNG, RGB).</summary>
    [Range(20, 1_000_000)] public int Tiles { get; init; } = 800;

    /// <summary>Income tile side in pixels (a tile always covers 40 x 40 ground units, 4 x 4 blocks).</summary>
    [Range(16, 1024)] public int TileSize { get; init; } = 40;

    /// <summary>Number of FLAIR-style patches (image TIFF with R,G,B,NIR,elevation + mask TIFF).</summary>
    [Range(0, 1_000_000)] public int FlairPatches { get; init; } = 350;

    /// <summary>FLAIR patch side in pixels (same ground extent as a tile, so concept images match tiles after resizing).</summary>
    [Range(16, 1024)] public int FlairPatchSize { get; init; } = 64;

    /// <summary>Standard deviation of the Gaussian noise added to the income (euros).</summary>
    [Range(0.0, 1e6)] public double NoiseSd { get; init; } = 2700;

    /// <summary>Tiles given a large black (zero) area, as missing imagery; the reader must skip them as void.</summary>
    [Range(0, 1000)] public int VoidTiles { get; init; } = 6;

    /// <summary>
    /// Paint outcome-independent distractors (greenhouses, solar panels; <see cref="Distractor"/>) on a share of the tiles
    /// and on their own FLAIR patches, so concept banks can include true nulls.
    /// </summary>
    public bool Distractors { get; init; } = true;

    /// <summary>How tiles are composed of zones (<see cref="CityLayout"/>): <c>bands</c> (1-3 zones, the default) or
    /// <c>independent</c> (every block drawn on its own; income's spread is about a quarter of the bands', so lower
    /// <see cref="NoiseSd"/> to keep the oracle R^2).</summary>
    public CityLayout Layout { get; init; } = CityLayout.Bands;

    /// <summary>Vegetation's effect only in low-income surroundings (see <see cref="IncomeFunction"/>): a truth per outcome interval.</summary>
    public bool Interaction { get; init; }

    /// <summary>Where the interaction looks for low-income surroundings (<see cref="SyntheticCity.InteractionScope"/>):
    /// <c>tile</c> (when unset) or <c>neighbourhood</c>. Only with <see cref="Interaction"/>.</summary>
    public InteractionScope? InteractionScope { get; init; }

    /// <summary>With the tile-wide interaction: vegetation's effect fades in linearly as the other zones' terms go from 0
    /// to -<c>interaction_ramp</c> euros, instead of switching on below 0. Unset: the step. The step puts every tile made
    /// only of vegetation and zero-effect zones exactly on its threshold, where the function jumps; a ramp makes the
    /// function continuous, so its interval truth is a derivative everywhere (docs/data.md).</summary>
    [Range(1.0, 1_000_000.0)]
    public double? InteractionRamp { get; init; }

    /// <summary>Census rows left with an empty income; the reader must drop them.</summary>
    [Range(0, 1000)] public int MissingIncome { get; init; } = 6;
}

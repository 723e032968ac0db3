namespace SocioRunner.Data.Liveability;

/// <summary>Options of <c>dataset/liveability</c>.</summary>
public sealed record LiveabilityOptions
{
    /// <summary>liveability-rs data folder: the grid GeoJSON plus <c>&lt;region_name&gt;/&lt;gridcode&gt;.tiff</c> patches.</summary>
    public string? Root { get; init; }

    /// <summary>The grid file, relative to <see cref="Root"/>.</summary>
    public string Grid { get; init; } = "grid_geosplit_not_rescaled.geojson";
}

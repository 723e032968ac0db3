namespace SocioRunner.Reports.Plots;

/// <summary>The per-input series the plots need but the templates do not (they can be thousands of rows long).</summary>
public sealed record PlotData
{
    public IReadOnlyList<PredictionSeries> Predictions { get; init; } = [];
    public IReadOnlyList<TsneMap> TsneMaps { get; init; } = [];

    public static PlotData Empty { get; } = new();
}

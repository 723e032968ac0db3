using Microsoft.Extensions.Logging;

namespace SocioRunner.Data.SyntheticCity;

internal static partial class SyntheticCityLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "synthetic city: {Tiles} tiles ({Labelled} labelled), {Patches} FLAIR patches, oracle R^2 {OracleR2:F3}, {Seconds:F1} s")]
    static partial void Generated(ILogger logger, int tiles, int labelled, int patches, double oracleR2, double seconds);

    public static void LogSyntheticCity(this ILogger logger, SyntheticCitySummary s) =>
        Generated(logger, s.Tiles, s.LabelledTiles, s.FlairPatches, s.OracleR2, s.Seconds);
}

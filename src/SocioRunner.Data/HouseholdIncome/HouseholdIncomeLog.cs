using Microsoft.Extensions.Logging;

namespace SocioRunner.Data.HouseholdIncome;

internal static partial class HouseholdIncomeLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "household income: {Usable} usable tiles of {Found}; skipped {Void} void, {NoRow} without census row; {NoTile} census rows without tile, {Empty} empty incomes")]
    static partial void Scanned(ILogger logger, int usable, int found, int @void, int noRow, int noTile, int empty);

    public static void LogIncomeScan(this ILogger logger, IncomeScan s) =>
        Scanned(logger, s.Tiles.Count, s.TilesFound, s.VoidTiles, s.TilesWithoutRow, s.RowsWithoutTile, s.EmptyIncome);
}

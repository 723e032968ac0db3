namespace SocioRunner.Data.HouseholdIncome;

/// <summary>What reading the SESEfficientCAM layout found: usable tiles plus counts of everything skipped.</summary>
public sealed record IncomeScan(IReadOnlyList<IncomeTile> Tiles, int TilesFound, int VoidTiles, int TilesWithoutRow, int RowsWithoutTile, int EmptyIncome);

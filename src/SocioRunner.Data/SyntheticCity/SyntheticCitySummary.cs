namespace SocioRunner.Data.SyntheticCity;

/// <summary>What a generation produced (also written to synthetic_city.json).</summary>
public sealed record SyntheticCitySummary(int Tiles, int LabelledTiles, int FlairPatches, double OracleR2, double NoiseSd, double IncomeSd, double Seconds);

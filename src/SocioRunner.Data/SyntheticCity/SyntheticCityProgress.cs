namespace SocioRunner.Data.SyntheticCity;

/// <summary>Progress of a generation: <paramref name="Stage"/> is "tiles" or "flair".</summary>
public sealed record SyntheticCityProgress(string Stage, int Done, int Total);

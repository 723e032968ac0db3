namespace SocioRunner.Explain.Tcav.CavBanks;

/// <summary>Where the random images of the random setting come from.</summary>
public enum RandomSource
{
    /// <summary>The concepts input's random images: the same source as the concept images (e.g. unused FLAIR patches).</summary>
    Concepts,

    /// <summary>Tiles of the data input's <c>random_split</c> (a different source than FLAIR concept patches).</summary>
    Data,
}

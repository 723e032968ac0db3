namespace SocioRunner.Explain.Tcav.CavBanks;

/// <summary>Where a concept's negative examples come from.</summary>
public enum NegativeSetting
{
    /// <summary>The paper's setting: negatives sampled from all other concepts (up to a maximum count).</summary>
    OneVsAll,

    /// <summary>Kim et al.'s setting: negatives are a random image set.</summary>
    Random,
}

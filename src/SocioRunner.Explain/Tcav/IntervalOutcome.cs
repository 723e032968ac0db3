namespace SocioRunner.Explain.Tcav;

/// <summary>Which outcome defines the quantile intervals of the per-interval analysis.</summary>
public enum IntervalOutcome
{
    /// <summary>The true label (the original's income quintiles).</summary>
    Label,

    /// <summary>The model's prediction.</summary>
    Prediction,
}

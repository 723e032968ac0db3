namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>
/// One reported score with its test: a concept's sign counts over its R CAVs (overall, or over the inputs of one
/// outcome interval) against the R random-vs-random CAVs of the same construction. One row of tcav_significance.csv
/// (overall) or tcav_intervals.csv (per interval). With gradient attributions it also carries the effect test
/// (<see cref="EffectTest"/>), and significance needs both.
/// </summary>
/// <param name="Interval">Null for the score over all inputs, else the outcome interval's index.</param>
/// <param name="Inputs">Evaluation inputs the score is over.</param>
/// <param name="Difference">SignCountMean - NullMean, with its 95% confidence interval [CiLow, CiHigh] (pooled t).</param>
/// <param name="Tested">False when there is no test: fewer than 2 repeats, no inputs in the interval, or a CAV that is not decodable.</param>
/// <param name="Direction">'+' / '-' when significant after correction, '0' when tested and not significant, '?' when not tested.</param>
public sealed record TcavTest(
    string Layer, string Concept, int? Interval, int Inputs, int Repeats,
    double SignCountMean, double SignCountStd, double NullMean, double NullStd,
    double Difference, double CiLow, double CiHigh, double TStatistic, double PValue,
    double MagnitudeMean, bool Decodable, bool Tested)
{
    public double PAdjusted { get; init; } = double.NaN;

    public bool Significant { get; init; }

    /// <summary>Mean effect in outcome units over the concept's CAVs (see <see cref="EffectTest"/>); NaN without gradients.</summary>
    public double EffectMean { get; init; } = double.NaN;

    /// <summary>Mean effect of the random-vs-random null.</summary>
    public double NullEffectMean { get; init; } = double.NaN;

    /// <summary>The effect test (effect minus the null's, against <see cref="EffectMargin"/>).</summary>
    public EffectTestResult Effect { get; init; } = EffectTestResult.NotTested;

    /// <summary>The smallest effect of interest in outcome units (min_effect x the evaluation labels' SD).</summary>
    public double EffectMargin { get; init; } = double.NaN;

    /// <summary>
    /// The p-value corrected across everything reported: the sign-count test's, or, when the effect test ran, the larger
    /// of the two (both must reject, in the same direction: an intersection-union test, valid at the level of each).
    /// </summary>
    public double CombinedPValue => !Effect.Tested ? PValue
        : Math.Sign(Effect.Difference) != Math.Sign(Difference) ? 1
        : Math.Max(PValue, Effect.PValue);

    public char Direction { get; init; } = '?';
}

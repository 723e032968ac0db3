namespace SocioRunner.Reports.Model;

/// <summary>
/// One concept of tcav_significance.csv: the mean sign-count over the concept's CAVs, its spread, the mean of the
/// random-vs-random null of the same construction it is tested against, the multiple-testing-adjusted p-value, the
/// difference's 95% interval and whether the concept is decodable at the layer at all.
/// </summary>
/// <param name="Decodable">False: the CAVs' held-out accuracy is near chance; the score is shown, not tested. Null: not recorded.</param>
/// <param name="Setting">The negatives the CAVs were trained against, in words.</param>
public sealed record TcavSignificanceRow(
    string Concept, string Layer, double SignCountMean, double SignCountStd, double? RandomMean, double? AdjustedPValue, bool Significant,
    double? CiLow = null, double? CiHigh = null, bool? Decodable = null, double? CavAccuracy = null, string? Setting = null)
{
    /// <summary>The CAVs' mean held-out balanced accuracy (chance 0.5 whatever the class balance), which decides
    /// <see cref="Decodable"/>; null when not recorded. Plain accuracy can look high with imbalanced negatives.</summary>
    public double? CavBalancedAccuracy { get; init; }

    /// <summary>The effect on the prediction in outcome units (minus the null's) and its 95% interval; null when not recorded.</summary>
    public EffectEstimate? Effect { get; init; }
    /// <summary>
    /// The tested direction: only a significant result has one, and it is judged against the random-vs-random mean
    /// (the null), not against 0.5; a concept that is not decodable has none.
    /// </summary>
    public string Direction => Decodable == false ? "not decodable" : !Significant ? "none"
        : SignCountMean > (RandomMean ?? 0.5) ? "positive" : SignCountMean < (RandomMean ?? 0.5) ? "negative" : "none";

    /// <summary>The difference from the null with its 95% interval, e.g. "+0.31 [+0.25, +0.37]"; empty when not recorded.</summary>
    public string DifferenceInterval => RandomMean is null || CiLow is null || CiHigh is null ? ""
        : $"{Signed(SignCountMean - RandomMean.Value)} [{Signed(CiLow.Value)}, {Signed(CiHigh.Value)}]";

    static string Signed(double value) => value.ToString("+0.00;-0.00;0.00", System.Globalization.CultureInfo.InvariantCulture);
}

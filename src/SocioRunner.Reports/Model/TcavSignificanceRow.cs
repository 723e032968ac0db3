namespace SocioRunner.Reports.Model;

/// <summary>
/// One concept of tcav_significance.csv: the mean sign-count over CAVs trained against random negative sets,
/// its spread, the random-vs-random mean it is tested against, and the multiple-testing-adjusted p-value.
/// </summary>
public sealed record TcavSignificanceRow(
    string Concept, string Layer, double SignCountMean, double SignCountStd, double? RandomMean, double? AdjustedPValue, bool Significant)
{
    /// <summary>Positive when more than half the inputs move the output up along the concept.</summary>
    public string Direction => SignCountMean > 0.5 ? "positive" : SignCountMean < 0.5 ? "negative" : "none";
}

namespace SocioRunner.Reports.Model;

/// <summary>
/// One concept of tcav_significance.csv: the mean sign-count over CAVs trained against random negative sets,
/// its spread, the random-vs-random mean it is tested against, and the multiple-testing-adjusted p-value.
/// </summary>
public sealed record TcavSignificanceRow(
    string Concept, string Layer, double SignCountMean, double SignCountStd, double? RandomMean, double? AdjustedPValue, bool Significant)
{
    /// <summary>
    /// The tested direction: only a significant result has one, and it is judged against the random-vs-random mean
    /// (the null), not against 0.5, as the TCAV node's own <c>direction</c> column is.
    /// </summary>
    public string Direction => !Significant ? "none"
        : SignCountMean > (RandomMean ?? 0.5) ? "positive" : SignCountMean < (RandomMean ?? 0.5) ? "negative" : "none";
}

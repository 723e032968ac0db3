namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>
/// One reported score with its test: a concept's sign counts over its R CAVs (overall, or over the inputs of one
/// outcome interval) against the R random-vs-random CAVs of the same construction. One row of tcav_significance.csv
/// (overall) or tcav_intervals.csv (per interval).
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

    public char Direction { get; init; } = '?';
}

namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>One row of tcav_significance.csv.</summary>
/// <param name="Direction">'+' or '-' when significant after correction (concept mean above / below random), else '0'.</param>
public sealed record SignificanceResult(
    string Concept, double SignCountMean, double SignCountStd, double RandomMean, double TStatistic,
    double PValue, double PAdjusted, bool Significant, char Direction);

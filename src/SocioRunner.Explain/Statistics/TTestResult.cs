namespace SocioRunner.Explain.Statistics;

/// <summary>Outcome of a two-sided Student t-test.</summary>
/// <param name="Statistic">The t statistic (positive when the first sample has the larger mean).</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="DegreesOfFreedom">Degrees of freedom of the reference t distribution (fractional for Welch).</param>
public sealed record TTestResult(double Statistic, double PValue, double DegreesOfFreedom);

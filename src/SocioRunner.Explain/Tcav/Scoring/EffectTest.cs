using SocioRunner.Explain.Statistics;
using SocioRunner.Explain.Statistics.Internal;

namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>
/// The effect test: is a concept's effect on the prediction, in outcome units, larger than the smallest effect of interest
/// given that the concept and negative sets are finite samples? The effect of one CAV is the mean over the inputs of
/// gradient · (concept mean - negatives' mean); its repeats are half-samples of the same sets, and the spread of
/// half-sample means is the standard error of the full-set mean (sampling half without replacement: variance
/// sigma^2 / (n/2) x (1 - 1/2) = sigma^2 / n), so the spread over the repeats is used as the estimate's standard error,
/// not divided by the number of repeats (the repeats are not independent samples of images, which is what makes a t-test
/// over them call any consistent response significant, however small). The null's effects (random-vs-random CAVs of
/// the same construction) are independent draws from the pool: their mean, whose standard error is their spread over
/// sqrt(R), is subtracted. H0: |effect - null| &lt;= margin, rejected for large |difference| - margin; p is the two-sided
/// Student tail at (|d| - margin) / se with R - 1 degrees of freedom (exact at margin 0, conservative above).
/// </summary>
public static class EffectTest
{
    public static EffectTestResult Test(double[]? effects, double[]? nullEffects, double margin)
    {
        if (effects is not { Length: >= 2 } || nullEffects is not { Length: >= 2 } || effects.Any(double.IsNaN) || nullEffects.Any(double.IsNaN)
            || double.IsNaN(margin))
        {
            return EffectTestResult.NotTested;
        }

        double difference = DescriptiveStatistics.Mean(effects) - DescriptiveStatistics.Mean(nullEffects);
        double standardError = Math.Sqrt(DescriptiveStatistics.Variance(effects) + DescriptiveStatistics.Variance(nullEffects) / nullEffects.Length);
        double degreesOfFreedom = effects.Length - 1;
        if (standardError == 0)
        {
            return new EffectTestResult(difference, 0, difference, difference, Math.Abs(difference) > margin ? 0 : 1);
        }

        double excess = (Math.Abs(difference) - margin) / standardError;
        double p = excess <= 0 ? 1 : SpecialFunctions.StudentTTwoSidedTail(excess, degreesOfFreedom);
        double half = StudentTTest.CriticalValue(0.05, degreesOfFreedom) * standardError;
        return new EffectTestResult(difference, standardError, difference - half, difference + half, p);
    }
}

/// <summary>Effect minus the null's, its standard error, 95% interval and p-value (NaN when not tested).</summary>
public sealed record EffectTestResult(double Difference, double StandardError, double CiLow, double CiHigh, double PValue)
{
    public static EffectTestResult NotTested { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    public bool Tested => !double.IsNaN(PValue);
}

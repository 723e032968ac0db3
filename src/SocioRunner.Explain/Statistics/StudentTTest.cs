using SocioRunner.Explain.Statistics.Internal;

namespace SocioRunner.Explain.Statistics;

/// <summary>
/// Two-sided t-tests for two independent samples, matching scipy.stats.ttest_ind
/// (<see cref="EqualVariance"/> is scipy's default, <see cref="Welch"/> is equal_var=False).
/// </summary>
public static class StudentTTest
{
    /// <summary>Pooled-variance Student t-test; degrees of freedom n1 + n2 - 2.</summary>
    public static TTestResult EqualVariance(ReadOnlySpan<double> first, ReadOnlySpan<double> second)
    {
        RequireTwoValues(first, nameof(first));
        RequireTwoValues(second, nameof(second));
        double n1 = first.Length;
        double n2 = second.Length;
        var degreesOfFreedom = n1 + n2 - 2;
        var pooledVariance = ((n1 - 1) * DescriptiveStatistics.Variance(first)
            + (n2 - 1) * DescriptiveStatistics.Variance(second)) / degreesOfFreedom;
        var standardError = Math.Sqrt(pooledVariance * (1 / n1 + 1 / n2));
        return Finish(first, second, standardError, degreesOfFreedom);
    }

    /// <summary>Welch's t-test (unequal variances) with Welch–Satterthwaite degrees of freedom.</summary>
    public static TTestResult Welch(ReadOnlySpan<double> first, ReadOnlySpan<double> second)
    {
        RequireTwoValues(first, nameof(first));
        RequireTwoValues(second, nameof(second));
        double n1 = first.Length;
        double n2 = second.Length;
        var share1 = DescriptiveStatistics.Variance(first) / n1;
        var share2 = DescriptiveStatistics.Variance(second) / n2;
        var degreesOfFreedom = (share1 + share2) * (share1 + share2)
            / (share1 * share1 / (n1 - 1) + share2 * share2 / (n2 - 1));
        return Finish(first, second, Math.Sqrt(share1 + share2), degreesOfFreedom);
    }

    /// <summary>
    /// The two-sided critical value t* with P(|T| &gt; t*) = <paramref name="alpha"/> for <paramref name="degreesOfFreedom"/>
    /// (scipy's t.ppf(1 - alpha / 2, df)), found by bisection on the tail probability.
    /// </summary>
    public static double CriticalValue(double alpha, double degreesOfFreedom)
    {
        double low = 0, high = 1;
        while (SpecialFunctions.StudentTTwoSidedTail(high, degreesOfFreedom) > alpha)
        {
            high *= 2;
        }

        for (int i = 0; i < 200 && high - low > 1e-12 * high; i++)
        {
            double middle = (low + high) / 2;
            if (SpecialFunctions.StudentTTwoSidedTail(middle, degreesOfFreedom) > alpha) low = middle; else high = middle;
        }

        return (low + high) / 2;
    }

    private static TTestResult Finish(
        ReadOnlySpan<double> first, ReadOnlySpan<double> second, double standardError, double degreesOfFreedom)
    {
        var difference = DescriptiveStatistics.Mean(first) - DescriptiveStatistics.Mean(second);
        // Constant samples give 0/0 = NaN as scipy does; the caller decides what an undefined test means.
        var t = difference / standardError;
        return new TTestResult(t, SpecialFunctions.StudentTTwoSidedTail(t, degreesOfFreedom), degreesOfFreedom);
    }

    private static void RequireTwoValues(ReadOnlySpan<double> sample, string name)
    {
        if (sample.Length < 2)
        {
            throw new ArgumentException($"A t-test needs at least 2 values per sample; '{name}' has {sample.Length}.", name);
        }
    }
}

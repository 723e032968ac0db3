namespace SocioRunner.Explain.Statistics;

/// <summary>Mean and spread of a sample.</summary>
public static class DescriptiveStatistics
{
    public static double Mean(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("Cannot take the mean of an empty sample.", nameof(values));
        }

        double sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum / values.Length;
    }

    /// <summary>
    /// Variance with <paramref name="deltaDegreesOfFreedom"/> subtracted from the count, as numpy's ddof:
    /// 1 (default) gives the unbiased sample variance, 0 the population variance.
    /// </summary>
    public static double Variance(ReadOnlySpan<double> values, int deltaDegreesOfFreedom = 1)
    {
        if (values.Length - deltaDegreesOfFreedom <= 0)
        {
            throw new ArgumentException(
                $"A variance with ddof={deltaDegreesOfFreedom} needs more than {deltaDegreesOfFreedom} values; got {values.Length}.",
                nameof(values));
        }

        var mean = Mean(values);
        // Two-pass sum of squared deviations: the one-pass sum-of-squares formula cancels catastrophically.
        double squares = 0;
        foreach (var value in values)
        {
            var deviation = value - mean;
            squares += deviation * deviation;
        }

        return squares / (values.Length - deltaDegreesOfFreedom);
    }

    public static double StandardDeviation(ReadOnlySpan<double> values, int deltaDegreesOfFreedom = 1) =>
        Math.Sqrt(Variance(values, deltaDegreesOfFreedom));
}

using SocioRunner.Explain.Statistics;

namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>
/// Kim et al.'s significance test: the sign-count scores of a concept's R CAVs are compared with the scores of R
/// random-vs-random CAVs of the same construction by a two-sided Student t-test (scipy's ttest_ind), and the p-values
/// of everything reported (all concepts, the control, overall and per interval, all layers) are corrected together.
/// A test that cannot be computed (fewer than 2 repeats) is not tested; two constant samples are p = 1 when equal and
/// p = 0 when they differ. With gradient attributions each score also gets the <see cref="EffectTest"/> (effect in outcome
/// units beyond the smallest effect of interest), and what is corrected is <see cref="TcavTest.CombinedPValue"/>.
/// </summary>
public static class SignificanceTest
{
    /// <summary>Tests one score (unadjusted). <paramref name="decodable"/> false: reported, not tested.</summary>
    public static TcavTest Test(
        string layer, string concept, int? interval, int inputs, double[] signCounts, double[] magnitudes, double[] nullSignCounts, bool decodable,
        double[]? effects = null, double[]? nullEffects = null, double effectMargin = double.NaN)
    {
        double mean = signCounts.Length > 0 ? DescriptiveStatistics.Mean(signCounts) : double.NaN;
        double std = signCounts.Length > 1 ? DescriptiveStatistics.StandardDeviation(signCounts) : double.NaN;
        double nullMean = nullSignCounts.Length > 0 ? DescriptiveStatistics.Mean(nullSignCounts) : double.NaN;
        double nullStd = nullSignCounts.Length > 1 ? DescriptiveStatistics.StandardDeviation(nullSignCounts) : double.NaN;
        double magnitude = magnitudes.Length > 0 ? DescriptiveStatistics.Mean(magnitudes) : double.NaN;
        bool testable = decodable && inputs > 0 && signCounts.Length >= 2 && nullSignCounts.Length >= 2;
        var (t, p, low, high) = testable ? TTest(signCounts, nullSignCounts) : (double.NaN, double.NaN, double.NaN, double.NaN);
        return new TcavTest(layer, concept, interval, inputs, signCounts.Length, mean, std, nullMean, nullStd, mean - nullMean, low, high, t, p,
            magnitude, decodable, testable)
        {
            EffectMean = MeanOf(effects), NullEffectMean = MeanOf(nullEffects), EffectMargin = effectMargin,
            Effect = testable ? EffectTest.Test(effects, nullEffects, effectMargin) : EffectTestResult.NotTested,
        };
    }

    /// <summary>Corrects the p-values of all tested rows together and sets significance and direction.</summary>
    public static IReadOnlyList<TcavTest> Correct(IReadOnlyList<TcavTest> tests, MultipleComparison correction, double alpha)
    {
        var tested = tests.Select((t, i) => (t, i)).Where(x => x.t.Tested).ToArray();
        var pValues = tested.Select(x => x.t.CombinedPValue).ToArray();
        var adjusted = correction switch
        {
            MultipleComparison.Holm => MultipleTestingCorrection.Holm(pValues),
            MultipleComparison.Bonferroni => MultipleTestingCorrection.Bonferroni(pValues),
            _ => pValues,
        };
        var result = tests.ToArray();
        for (int k = 0; k < tested.Length; k++)
        {
            var test = tested[k].t;
            bool significant = adjusted[k] < alpha;
            char direction = !significant ? '0' : test.Difference > 0 ? '+' : test.Difference < 0 ? '-' : '0';
            result[tested[k].i] = test with { PAdjusted = adjusted[k], Significant = significant, Direction = direction };
        }

        return result;
    }

    static double MeanOf(double[]? values) => values is { Length: > 0 } ? DescriptiveStatistics.Mean(values) : double.NaN;

    static (double T, double P, double Low, double High) TTest(double[] first, double[] second)
    {
        var result = StudentTTest.EqualVariance(first, second);
        double difference = DescriptiveStatistics.Mean(first) - DescriptiveStatistics.Mean(second);
        if (double.IsNaN(result.PValue))
        {
            // Both samples constant: identical means say nothing; different constant means are an unbounded t.
            return difference == 0 ? (0, 1, 0, 0) : (double.PositiveInfinity * Math.Sign(difference), 0, difference, difference);
        }

        double margin = StudentTTest.CriticalValue(0.05, result.DegreesOfFreedom) * Math.Abs(difference / result.Statistic);
        return (result.Statistic, result.PValue, difference - margin, difference + margin);
    }
}

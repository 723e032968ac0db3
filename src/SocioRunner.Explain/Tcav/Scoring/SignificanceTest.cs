using SocioRunner.Explain.Statistics;

namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>
/// Kim et al.'s significance test: the sign-count scores of a concept's CAVs trained against R random sets are
/// compared with the scores of random-vs-random CAVs by a two-sided Student t-test (scipy's ttest_ind), then
/// p-values are corrected across all concepts of the run (Holm or Bonferroni). A test that cannot be computed
/// (fewer than 2 repeats, or both samples constant and equal) counts as not significant with p = 1.
/// </summary>
public static class SignificanceTest
{
    public static IReadOnlyList<SignificanceResult> Run(
        IReadOnlyList<(string Concept, double[] SignCounts)> concepts, double[] randomSignCounts,
        MultipleComparison correction, double alpha)
    {
        var raw = new List<(string Concept, double[] Scores, double T, double P)>();
        foreach (var (concept, scores) in concepts)
        {
            var (t, p) = TTest(scores, randomSignCounts);
            raw.Add((concept, scores, t, p));
        }

        var pValues = raw.Select(r => r.P).ToArray();
        var adjusted = correction switch
        {
            MultipleComparison.Holm => MultipleTestingCorrection.Holm(pValues),
            MultipleComparison.Bonferroni => MultipleTestingCorrection.Bonferroni(pValues),
            _ => pValues,
        };

        double randomMean = randomSignCounts.Length > 0 ? DescriptiveStatistics.Mean(randomSignCounts) : double.NaN;
        var results = new List<SignificanceResult>();
        for (int i = 0; i < raw.Count; i++)
        {
            var scores = raw[i].Scores;
            double mean = scores.Length > 0 ? DescriptiveStatistics.Mean(scores) : double.NaN;
            double std = scores.Length > 1 ? DescriptiveStatistics.StandardDeviation(scores) : double.NaN;
            bool significant = adjusted[i] < alpha;
            char direction = !significant ? '0' : mean > randomMean ? '+' : mean < randomMean ? '-' : '0';
            results.Add(new SignificanceResult(raw[i].Concept, mean, std, randomMean, raw[i].T, raw[i].P, adjusted[i], significant, direction));
        }

        return results;
    }

    static (double T, double P) TTest(double[] first, double[] second)
    {
        if (first.Length < 2 || second.Length < 2)
        {
            return (double.NaN, 1);
        }

        var result = StudentTTest.EqualVariance(first, second);
        if (double.IsNaN(result.PValue))
        {
            // Both samples constant: identical means say nothing; different constant means are an unbounded t.
            bool equal = DescriptiveStatistics.Mean(first) == DescriptiveStatistics.Mean(second);
            return equal ? (0, 1) : (double.PositiveInfinity * Math.Sign(DescriptiveStatistics.Mean(first) - DescriptiveStatistics.Mean(second)), 0);
        }

        return (result.Statistic, result.PValue);
    }
}

namespace SocioRunner.Models.Metrics;

/// <summary>Rank helpers shared by the rank correlations.</summary>
internal static class Ranking
{
    /// <summary>1-based ranks; tied values get the mean of the ranks they span (SciPy's <c>rankdata(method="average")</c>).</summary>
    public static double[] AverageRanks(IReadOnlyList<double> values)
    {
        int n = values.Count;
        var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ToArray();
        var ranks = new double[n];
        int start = 0;
        while (start < n)
        {
            int end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]]) end++;
            double rank = (start + end) / 2.0 + 1.0;
            for (int k = start; k <= end; k++) ranks[order[k]] = rank;
            start = end + 1;
        }
        return ranks;
    }
}

namespace SocioRunner.Models.Metrics;

/// <summary>
/// Regression and ranking metrics used in the artifacts' <c>metrics.json</c>. Definitions follow scikit-learn
/// (R^2, MSE, MAE) and SciPy (Kendall tau-b with ties, Pearson, Spearman with average ranks); tests hold
/// values computed by those libraries.
/// </summary>
public static class RegressionMetrics
{
    /// <summary>Coefficient of determination as scikit-learn: 1 - SS_res / SS_tot; for constant labels 1 if perfect, else 0.</summary>
    public static double R2(IReadOnlyList<double> labels, IReadOnlyList<double> predictions)
    {
        CheckPair(labels, predictions);
        double mean = labels.Average();
        double residual = 0, total = 0;
        for (int i = 0; i < labels.Count; i++)
        {
            residual += Square(labels[i] - predictions[i]);
            total += Square(labels[i] - mean);
        }
        if (total == 0) return residual == 0 ? 1.0 : 0.0;
        return 1.0 - residual / total;
    }

    public static double Mse(IReadOnlyList<double> labels, IReadOnlyList<double> predictions)
    {
        CheckPair(labels, predictions);
        return Enumerable.Range(0, labels.Count).Average(i => Square(labels[i] - predictions[i]));
    }

    public static double Mae(IReadOnlyList<double> labels, IReadOnlyList<double> predictions)
    {
        CheckPair(labels, predictions);
        return Enumerable.Range(0, labels.Count).Average(i => Math.Abs(labels[i] - predictions[i]));
    }

    /// <summary>Pearson correlation; NaN when either side is constant (as SciPy).</summary>
    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        CheckPair(x, y);
        double meanX = x.Average(), meanY = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Count; i++)
        {
            double dx = x[i] - meanX, dy = y[i] - meanY;
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) return double.NaN;
        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0);
    }

    /// <summary>Spearman rank correlation: Pearson of average ranks (ties share the mean rank).</summary>
    public static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        CheckPair(x, y);
        return Pearson(Ranking.AverageRanks(x), Ranking.AverageRanks(y));
    }

    /// <summary>
    /// Kendall tau-b as <c>scipy.stats.kendalltau</c>: (P - Q) / sqrt((P + Q + X0)(P + Q + Y0)), where X0 (Y0) counts
    /// pairs tied only in x (only in y); pairs tied in both count nowhere. NaN when either side is constant.
    /// O(n log n) (Knight's algorithm).
    /// </summary>
    public static double KendallTauB(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        CheckPair(x, y);
        return KendallTau.TauB(x, y);
    }

    /// <summary>
    /// How well embedding distances follow label distances: Spearman correlation between pairwise L2 distances of
    /// embeddings and pairwise absolute label differences, over all pairs or a seeded sample of
    /// <paramref name="maxPairsSample"/> distinct pairs. RNC pretraining should raise it.
    /// </summary>
    public static double EmbeddingOrdering(float[][] embeddings, double[] labels, int maxPairsSample, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPairsSample, 2);
        if (embeddings.Length != labels.Length)
            throw new ArgumentException($"{embeddings.Length} embeddings but {labels.Length} labels");
        int n = labels.Length;
        if (n < 3) return double.NaN;
        long allPairs = (long)n * (n - 1) / 2;
        var pairs = new List<(int I, int J)>();
        if (allPairs <= maxPairsSample)
        {
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++) pairs.Add((i, j));
        }
        else
        {
            var random = new Random(seed);
            var seen = new HashSet<long>();
            while (pairs.Count < maxPairsSample)
            {
                int i = random.Next(n), j = random.Next(n);
                if (i == j) continue;
                if (i > j) (i, j) = (j, i);
                if (seen.Add((long)i * n + j)) pairs.Add((i, j));
            }
        }
        var embeddingDistances = pairs.Select(p => Distance(embeddings[p.I], embeddings[p.J])).ToArray();
        var labelDistances = pairs.Select(p => Math.Abs(labels[p.I] - labels[p.J])).ToArray();
        return Spearman(embeddingDistances, labelDistances);
    }

    static double Distance(float[] a, float[] b)
    {
        if (a.Length != b.Length) throw new ArgumentException("embeddings differ in length");
        double sum = 0;
        for (int k = 0; k < a.Length; k++) sum += Square(a[k] - b[k]);
        return Math.Sqrt(sum);
    }

    static double Square(double v) => v * v;

    static void CheckPair(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count != b.Count) throw new ArgumentException($"length mismatch: {a.Count} vs {b.Count}");
        if (a.Count == 0) throw new ArgumentException("no values");
    }
}

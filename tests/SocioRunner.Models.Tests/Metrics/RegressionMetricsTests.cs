using SocioRunner.Models.Metrics;

namespace SocioRunner.Models.Tests.Metrics;

// Expected values computed once with SciPy 1.10.1 / scikit-learn 1.2.1 (Debian 12) and pasted here.
public class RegressionMetricsTests
{
    static readonly double[] Labels = [1.5, 2.0, 2.0, 3.25, 4.0, 4.0, 4.0, 5.5, 6.0, 7.0];
    static readonly double[] Predictions = [1.0, 2.5, 2.0, 3.0, 3.0, 5.0, 4.0, 5.5, 7.5, 6.0];

    [Fact]
    public void Error_metrics_match_scikit_learn()
    {
        Assert.Equal(0.8062903561757968, RegressionMetrics.R2(Labels, Predictions), 12);
        Assert.Equal(0.58125, RegressionMetrics.Mse(Labels, Predictions), 12);
        Assert.Equal(0.575, RegressionMetrics.Mae(Labels, Predictions), 12);
    }

    [Fact]
    public void Correlations_match_scipy()
    {
        Assert.Equal(0.8946750577612211, RegressionMetrics.KendallTauB(Labels, Predictions), 12);
        Assert.Equal(0.9176536118320415, RegressionMetrics.Pearson(Labels, Predictions), 12);
        Assert.Equal(0.9630363567333498, RegressionMetrics.Spearman(Labels, Predictions), 12);
    }

    [Fact]
    public void Kendall_tau_b_handles_heavy_ties_as_scipy()
    {
        Assert.Equal(0.0, RegressionMetrics.KendallTauB([1, 1, 2, 2, 3, 3], [1, 2, 1, 2, 1, 2]), 12);
        double[] a = [3, 1, 2, 2, 5, 4, 4, 4], b = [1, 1, 1, 2, 2, 3, 3, 3];
        Assert.Equal(0.5345224838248488, RegressionMetrics.KendallTauB(a, b), 12);
        Assert.Equal(0.6820482925847124, RegressionMetrics.Spearman(a, b), 12);
        Assert.Equal(0.6826561487862893, RegressionMetrics.Pearson(a, b), 12);
    }

    [Fact]
    public void Kendall_tau_b_equals_the_quadratic_definition_on_random_data()
    {
        var random = new Random(3);
        var x = Enumerable.Range(0, 300).Select(_ => (double)random.Next(20)).ToArray();
        var y = x.Select(v => v + random.Next(10)).ToArray();
        Assert.Equal(QuadraticTauB(x, y), RegressionMetrics.KendallTauB(x, y), 12);
    }

    [Fact]
    public void Constant_inputs_follow_the_libraries()
    {
        Assert.True(double.IsNaN(RegressionMetrics.KendallTauB([1, 1, 1], [1, 2, 3])));
        Assert.True(double.IsNaN(RegressionMetrics.Pearson([1, 1, 1], [1, 2, 3])));
        Assert.Equal(1.0, RegressionMetrics.R2([2, 2], [2, 2]));
        Assert.Equal(0.0, RegressionMetrics.R2([2, 2], [1, 3]));
    }

    [Fact]
    public void Embedding_ordering_is_high_when_embeddings_follow_labels()
    {
        var random = new Random(5);
        double[] labels = Enumerable.Range(0, 60).Select(i => (double)i).ToArray();
        float[][] ordered = labels.Select(l => new[] { (float)l, 0f }).ToArray();
        float[][] shuffled = labels.Select(_ => new[] { (float)random.NextDouble(), (float)random.NextDouble() }).ToArray();

        Assert.Equal(1.0, RegressionMetrics.EmbeddingOrdering(ordered, labels, 500, 1), 12);
        Assert.True(Math.Abs(RegressionMetrics.EmbeddingOrdering(shuffled, labels, 500, 1)) < 0.2);
        // Same seed, same sample.
        Assert.Equal(
            RegressionMetrics.EmbeddingOrdering(shuffled, labels, 100, 7),
            RegressionMetrics.EmbeddingOrdering(shuffled, labels, 100, 7));
    }

    static double QuadraticTauB(double[] x, double[] y)
    {
        long concordant = 0, discordant = 0, onlyX = 0, onlyY = 0;
        for (int i = 0; i < x.Length; i++)
            for (int j = i + 1; j < x.Length; j++)
            {
                double dx = Math.Sign(x[i] - x[j]), dy = Math.Sign(y[i] - y[j]);
                if (dx == 0 && dy == 0) continue;
                if (dx == 0) onlyX++;
                else if (dy == 0) onlyY++;
                else if (dx == dy) concordant++;
                else discordant++;
            }
        return (concordant - discordant) / Math.Sqrt((double)(concordant + discordant + onlyX) * (concordant + discordant + onlyY));
    }
}

namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// Finds, for each point, the Gaussian precision β whose conditional distribution over its neighbours
/// has the requested perplexity — a port of scikit-learn's _binary_search_perplexity
/// (entropy in nats, tolerance 1e-5, at most 100 halvings/doublings starting from β = 1).
/// </summary>
internal static class PerplexityCalibrator
{
    private const int MaxSteps = 100;
    private const double EntropyTolerance = 1e-5;
    private const double TinySum = 1e-8;

    /// <returns>Conditional probabilities p(j|i), laid out like <see cref="NeighborLists.Indices"/>; each row sums to 1.</returns>
    public static double[] ConditionalProbabilities(NeighborLists neighbors, double perplexity)
    {
        var k = neighbors.NeighborCount;
        var probabilities = new double[neighbors.PointCount * k];
        var desiredEntropy = Math.Log(perplexity);
        Parallel.For(0, neighbors.PointCount, i =>
        {
            var distances = neighbors.SquaredDistances.AsSpan(i * k, k);
            var row = probabilities.AsSpan(i * k, k);
            CalibrateRow(distances, row, desiredEntropy);
        });
        return probabilities;
    }

    private static void CalibrateRow(ReadOnlySpan<float> distances, Span<double> row, double desiredEntropy)
    {
        var betaMin = double.NegativeInfinity;
        var betaMax = double.PositiveInfinity;
        var beta = 1.0;
        for (var step = 0; step < MaxSteps; step++)
        {
            var sum = 0.0;
            for (var j = 0; j < row.Length; j++)
            {
                row[j] = Math.Exp(-distances[j] * beta);
                sum += row[j];
            }

            if (sum == 0)
            {
                sum = TinySum;
            }

            var weightedDistance = 0.0;
            for (var j = 0; j < row.Length; j++)
            {
                row[j] /= sum;
                weightedDistance += distances[j] * row[j];
            }

            var entropyExcess = Math.Log(sum) + beta * weightedDistance - desiredEntropy;
            if (Math.Abs(entropyExcess) <= EntropyTolerance)
            {
                return;
            }

            // Too much entropy means the Gaussian is too wide: raise β (sharpen), else lower it.
            if (entropyExcess > 0)
            {
                betaMin = beta;
                beta = double.IsPositiveInfinity(betaMax) ? beta * 2 : (beta + betaMax) / 2;
            }
            else
            {
                betaMax = beta;
                beta = double.IsNegativeInfinity(betaMin) ? beta / 2 : (beta + betaMin) / 2;
            }
        }
    }
}

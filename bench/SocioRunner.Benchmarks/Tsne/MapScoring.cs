using System.Numerics;
using SocioRunner.Explain.Tsne.Embedding;
using SocioRunner.Explain.Tsne.Embedding.Internal;

namespace SocioRunner.Benchmarks.Tsne;

/// <summary>
/// One scoring code path for every t-SNE map of a data set, whoever made it (ours or scikit-learn's): exact
/// trustworthiness (k = 10, <see cref="Trustworthiness.Compute(float[], int, double[], int)"/>) and an exact
/// KL(P‖Q) against one shared P.
/// P is built exactly as <see cref="TsneEmbedder"/> builds it for Barnes–Hut and FFT (and as scikit-learn's
/// _joint_probabilities_nn): exact k nearest neighbours with k = min(N - 1, 3·perplexity + 1), per-point binary search
/// of the Gaussian precision, P = (P_cond + P_condᵀ) / sum. Q is over all N(N - 1) ordered pairs, exactly (no tree, no
/// grid): q_ij = w_ij / Z, w_ij = 1 / (1 + |y_i - y_j|²), Z = Σ_{i≠j} w_ij. Memory is O(N + nnz(P)); Z's O(N²) pairs are
/// summed in blocks of rows with SIMD and Parallel.For, deterministically (fixed blocks, partial sums added in order).
/// No clamping of p or q (scikit-learn's KL clamps both at float32's tiny value; with these maps q stays far above it).
/// Compiled into the benchmarks and, linked, into SocioRunner.Explain.Tests (which checks it against a dense O(N²) sum).
/// </summary>
internal static class MapScoring
{
    /// <summary>Rows per block of the Z sum: each chunk of columns is read once per block, not once per row.</summary>
    private const int RowBlock = 8;

    /// <summary>Columns per chunk (x and y: 16 KB), small enough to stay in L1 while the block's rows pass over it.</summary>
    private const int ColumnChunk = 1024;

    /// <summary>The input affinities P the t-SNE code (Barnes–Hut and FFT) optimises for this data and perplexity.</summary>
    public static JointAffinities InputAffinities(float[] data, int columnCount, double perplexity)
    {
        var matrix = new FeatureMatrix(data, data.Length / columnCount, columnCount);
        var n = matrix.Rows;
        var neighbors = ExactNearestNeighbors.Find(matrix, Math.Min(n - 1, (int)(3 * perplexity + 1)));
        var conditional = PerplexityCalibrator.ConditionalProbabilities(neighbors, perplexity);
        return JointAffinities.Symmetrize(neighbors, conditional);
    }

    /// <summary>KL(P‖Q) = Σ_{p_ij > 0} p_ij·log(p_ij / q_ij) with Q over every pair of the map, exactly.</summary>
    /// <param name="map">Row-major N x 2 coordinates.</param>
    public static double ExactKullbackLeibler(JointAffinities affinities, double[] map)
    {
        ArgumentNullException.ThrowIfNull(affinities);
        ArgumentNullException.ThrowIfNull(map);
        var n = affinities.PointCount;
        if (map.Length != 2 * n)
        {
            throw new ArgumentException($"The map has {map.Length / 2} points but P has {n}.", nameof(map));
        }

        var logZ = Math.Log(NormalizationSum(map));
        var rowSums = new double[n];
        Parallel.For(0, n, i =>
        {
            var sum = 0.0;
            for (var e = affinities.RowStart[i]; e < affinities.RowStart[i + 1]; e++)
            {
                var p = affinities.Values[e];
                if (p <= 0)
                {
                    continue;
                }

                var j = affinities.Columns[e];
                var dx = map[2 * i] - map[2 * j];
                var dy = map[2 * i + 1] - map[2 * j + 1];
                // log(p / q) = log p + log(1 + d²) + log Z, since q = 1 / ((1 + d²) Z).
                sum += p * (Math.Log(p) + Math.Log(1 + dx * dx + dy * dy) + logZ);
            }

            rowSums[i] = sum;
        });

        var kl = 0.0;
        foreach (var rowSum in rowSums)
        {
            kl += rowSum;
        }

        return kl;
    }

    /// <summary>Z = Σ_{i≠j} 1 / (1 + |y_i - y_j|²) over every ordered pair: 2·Σ_{i&lt;j}, O(N²) time, O(N) memory.</summary>
    public static double NormalizationSum(double[] map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var n = map.Length / 2;
        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = map[2 * i];
            y[i] = map[2 * i + 1];
        }

        var blockCount = (n + RowBlock - 1) / RowBlock;
        var blockSums = new double[blockCount];
        Parallel.For(0, blockCount, block => blockSums[block] = UpperPairsOfBlock(x, y, block * RowBlock, Math.Min(RowBlock, n - block * RowBlock)));
        var half = 0.0;
        foreach (var blockSum in blockSums)
        {
            half += blockSum;
        }

        return 2 * half;
    }

    /// <summary>Σ w_ij over the rows i of one block and every j &gt; i.</summary>
    private static double UpperPairsOfBlock(double[] x, double[] y, int first, int count)
    {
        var n = x.Length;
        var sum = 0.0;
        // Pairs inside the block.
        for (var a = first; a < first + count; a++)
        {
            for (var b = a + 1; b < first + count; b++)
            {
                var dx = x[a] - x[b];
                var dy = y[a] - y[b];
                sum += 1 / (1 + dx * dx + dy * dy);
            }
        }

        // Pairs with every later column, chunk by chunk, each row of the block over the chunk in SIMD.
        var width = Vector<double>.Count;
        var one = Vector<double>.One;
        Span<double> rowSums = stackalloc double[RowBlock];
        rowSums.Clear();
        for (var chunk = first + count; chunk < n; chunk += ColumnChunk)
        {
            var end = Math.Min(n, chunk + ColumnChunk);
            for (var r = 0; r < count; r++)
            {
                var xi = x[first + r];
                var yi = y[first + r];
                var vxi = new Vector<double>(xi);
                var vyi = new Vector<double>(yi);
                var acc = Vector<double>.Zero;
                var j = chunk;
                for (; j + width <= end; j += width)
                {
                    var dx = new Vector<double>(x, j) - vxi;
                    var dy = new Vector<double>(y, j) - vyi;
                    acc += one / (one + dx * dx + dy * dy);
                }

                var rowSum = Vector.Sum(acc);
                for (; j < end; j++)
                {
                    var dx = x[j] - xi;
                    var dy = y[j] - yi;
                    rowSum += 1 / (1 + dx * dx + dy * dy);
                }

                rowSums[r] += rowSum;
            }
        }

        for (var r = 0; r < count; r++)
        {
            sum += rowSums[r];
        }

        return sum;
    }
}

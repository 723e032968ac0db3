using SocioRunner.Explain.Tsne.Embedding.Internal;

namespace SocioRunner.Explain.Tsne.Embedding;

/// <summary>
/// How far a map keeps local structure, as sklearn.manifold.trustworthiness (Euclidean):
/// 1 - 2/(N k (2N - 3k - 1)) · Σ_i Σ_{j in map-kNN(i)} max(0, r(i, j) - k), r being the rank of j among i's
/// neighbours in the original space (ties broken by index, as a stable argsort).
/// Exact, O(N²·D) time but O(N) memory per thread, so N = 20000 needs no N x N matrix.
/// </summary>
public static class Trustworthiness
{
    public static double Compute(IReadOnlyList<float[]> original, double[] embedding, int neighborCount)
    {
        ArgumentNullException.ThrowIfNull(original);
        return Compute(FeatureMatrix.FromRows(original), embedding, neighborCount);
    }

    /// <param name="original">Row-major N x <paramref name="columnCount"/> data.</param>
    /// <param name="embedding">Row-major N x 2 map, as <see cref="TsneResult.Coordinates"/>.</param>
    public static double Compute(float[] original, int columnCount, double[] embedding, int neighborCount)
    {
        ArgumentNullException.ThrowIfNull(original);
        return Compute(new FeatureMatrix(original, original.Length / columnCount, columnCount), embedding, neighborCount);
    }

    private static double Compute(FeatureMatrix data, double[] embedding, int k)
    {
        ArgumentNullException.ThrowIfNull(embedding);
        var n = data.Rows;
        if (embedding.Length != 2 * n)
        {
            throw new ArgumentException($"The embedding has {embedding.Length / 2} points but the data has {n}.", nameof(embedding));
        }

        if (k < 1 || k >= n / 2.0)
        {
            throw new ArgumentException($"Trustworthiness needs 1 <= k < N/2 = {n / 2.0}; got k = {k}.", nameof(k));
        }

        var mapNeighbors = MapNeighbors(embedding, n, k);
        long penalty = 0;
        Parallel.For(0, n, () => (Distances: new float[n], Local: 0L), (i, _, state) =>
        {
            var row = data.Row(i);
            for (var l = 0; l < n; l++)
            {
                state.Distances[l] = ExactNearestNeighbors.SquaredDistance(row, data.Row(l));
            }

            state.Local += RankPenalty(state.Distances, i, mapNeighbors.AsSpan(i * k, k), k);
            return state;
        }, state => Interlocked.Add(ref penalty, state.Local));

        return 1 - penalty * (2.0 / (n * (double)k * (2.0 * n - 3.0 * k - 1.0)));
    }

    /// <summary>Σ max(0, rank - k) over the map neighbours of point i, ranks computed in one pass over all points.</summary>
    private static long RankPenalty(float[] distances, int i, ReadOnlySpan<int> neighbors, int k)
    {
        // Sort the k neighbour keys; each other point l then lowers the rank of every key it precedes.
        Span<int> sorted = stackalloc int[k];
        neighbors.CopyTo(sorted);
        sorted.Sort((a, b) => Precedes(distances, a, b) ? -1 : Precedes(distances, b, a) ? 1 : 0);
        Span<int> precededBy = stackalloc int[k + 1];
        precededBy.Clear();
        for (var l = 0; l < distances.Length; l++)
        {
            if (l == i)
            {
                continue;
            }

            // First sorted key that l comes before; l counts towards the rank of that key and all later ones.
            int low = 0, high = k;
            while (low < high)
            {
                var middle = (low + high) >> 1;
                if (Precedes(distances, l, sorted[middle]))
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            precededBy[low]++;
        }

        long penalty = 0;
        var before = 0;
        for (var position = 0; position < k; position++)
        {
            before += precededBy[position];
            var rank = before + 1;
            penalty += Math.Max(0, rank - k);
        }

        return penalty;
    }

    private static bool Precedes(float[] distances, int a, int b) =>
        distances[a] < distances[b] || (distances[a] == distances[b] && a < b);

    private static int[] MapNeighbors(double[] embedding, int n, int k)
    {
        var neighbors = new int[n * k];
        Parallel.For(0, n, i =>
        {
            var distances = new float[n];
            for (var j = 0; j < n; j++)
            {
                var dx = embedding[2 * i] - embedding[2 * j];
                var dy = embedding[2 * i + 1] - embedding[2 * j + 1];
                distances[j] = (float)(dx * dx + dy * dy);
            }

            var nearest = new int[k];
            var heap = new NeighborHeap(nearest, new float[k], 0, k);
            for (var j = 0; j < n; j++)
            {
                if (j != i)
                {
                    heap.Offer(j, distances[j]);
                }
            }

            nearest.CopyTo(neighbors, i * k);
        });
        return neighbors;
    }
}

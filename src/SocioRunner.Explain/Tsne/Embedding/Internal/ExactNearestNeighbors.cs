using System.Numerics;
using System.Runtime.InteropServices;

namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// Brute-force k-nearest-neighbour search by squared Euclidean distance. In the 128–2048 dimensional
/// embeddings t-SNE is fed, a vantage-point tree prunes little, so a SIMD scan that reuses each
/// candidate row for a block of queries is both simpler and faster.
/// </summary>
internal static class ExactNearestNeighbors
{
    private const int QueryBlock = 4;

    public static NeighborLists Find(FeatureMatrix data, int neighborCount)
    {
        var n = data.Rows;
        if (neighborCount < 1 || neighborCount >= n)
        {
            throw new ArgumentOutOfRangeException(nameof(neighborCount), $"Need 1 <= k < {n}; got {neighborCount}.");
        }

        var indices = new int[n * neighborCount];
        var distances = new float[n * neighborCount];
        var blockCount = (n + QueryBlock - 1) / QueryBlock;
        Parallel.For(0, blockCount, block =>
        {
            var first = block * QueryBlock;
            var count = Math.Min(QueryBlock, n - first);
            var heaps = new NeighborHeap[count];
            for (var q = 0; q < count; q++)
            {
                heaps[q] = new NeighborHeap(indices, distances, (first + q) * neighborCount, neighborCount);
            }

            ScanBlock(data, first, count, heaps);
            for (var q = 0; q < count; q++)
            {
                heaps[q].SortAscending();
            }
        });
        return new NeighborLists(indices, distances, n, neighborCount);
    }

    private static void ScanBlock(FeatureMatrix data, int first, int count, NeighborHeap[] heaps)
    {
        Span<float> sums = stackalloc float[QueryBlock];
        var d = data.Columns;
        var values = data.Values;
        for (var j = 0; j < data.Rows; j++)
        {
            var candidate = values.AsSpan(j * d, d);
            if (count == QueryBlock)
            {
                SquaredDistances4(values.AsSpan(first * d, QueryBlock * d), candidate, d, sums);
            }
            else
            {
                for (var q = 0; q < count; q++)
                {
                    sums[q] = SquaredDistance(values.AsSpan((first + q) * d, d), candidate);
                }
            }

            for (var q = 0; q < count; q++)
            {
                if (j != first + q)
                {
                    heaps[q].Offer(j, sums[q]);
                }
            }
        }
    }

    public static float SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var width = Vector<float>.Count;
        var acc = Vector<float>.Zero;
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        for (var v = 0; v < va.Length; v++)
        {
            var diff = va[v] - vb[v];
            acc += diff * diff;
        }

        var sum = Vector.Sum(acc);
        for (var i = va.Length * width; i < a.Length; i++)
        {
            var diff = a[i] - b[i];
            sum += diff * diff;
        }

        return sum;
    }

    /// <summary>Distances from one candidate to four consecutive query rows, loading each candidate vector once.</summary>
    private static void SquaredDistances4(ReadOnlySpan<float> queries, ReadOnlySpan<float> candidate, int d, Span<float> sums)
    {
        var vc = MemoryMarshal.Cast<float, Vector<float>>(candidate);
        var q0 = MemoryMarshal.Cast<float, Vector<float>>(queries.Slice(0, d));
        var q1 = MemoryMarshal.Cast<float, Vector<float>>(queries.Slice(d, d));
        var q2 = MemoryMarshal.Cast<float, Vector<float>>(queries.Slice(2 * d, d));
        var q3 = MemoryMarshal.Cast<float, Vector<float>>(queries.Slice(3 * d, d));
        Vector<float> a0 = default, a1 = default, a2 = default, a3 = default;
        for (var v = 0; v < vc.Length; v++)
        {
            var c = vc[v];
            var d0 = q0[v] - c;
            var d1 = q1[v] - c;
            var d2 = q2[v] - c;
            var d3 = q3[v] - c;
            a0 += d0 * d0;
            a1 += d1 * d1;
            a2 += d2 * d2;
            a3 += d3 * d3;
        }

        sums[0] = Vector.Sum(a0);
        sums[1] = Vector.Sum(a1);
        sums[2] = Vector.Sum(a2);
        sums[3] = Vector.Sum(a3);
        for (var i = vc.Length * Vector<float>.Count; i < d; i++)
        {
            var c = candidate[i];
            sums[0] += (queries[i] - c) * (queries[i] - c);
            sums[1] += (queries[d + i] - c) * (queries[d + i] - c);
            sums[2] += (queries[2 * d + i] - c) * (queries[2 * d + i] - c);
            sums[3] += (queries[3 * d + i] - c) * (queries[3 * d + i] - c);
        }
    }
}

namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// Splits 0..count into a fixed number of chunks so per-chunk partial sums can be added in a fixed
/// order: parallel results are then bit-identical from run to run, which seeded reproducibility needs.
/// </summary>
internal static class ChunkedRange
{
    public const int ChunkCount = 64;

    public static double Sum(int count, Func<int, int, double> sumOfRange)
    {
        var partials = new double[ChunkCount];
        Parallel.For(0, ChunkCount, chunk =>
        {
            var start = (int)((long)chunk * count / ChunkCount);
            var end = (int)((long)(chunk + 1) * count / ChunkCount);
            partials[chunk] = start < end ? sumOfRange(start, end) : 0;
        });

        var total = 0.0;
        foreach (var partial in partials)
        {
            total += partial;
        }

        return total;
    }
}

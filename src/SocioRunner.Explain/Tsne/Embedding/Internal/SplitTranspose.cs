namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>Cache-blocked transpose of a split-complex matrix between two row strides, in parallel over target rows.</summary>
internal static class SplitTranspose
{
    private const int Tile = 16;

    /// <summary>target[c·targetStride + r] = source[r·sourceStride + c] for r &lt; rows, c &lt; columns, both parts.</summary>
    public static void Run(
        double[] sourceRe, double[] sourceIm, int sourceStride, double[] targetRe, double[] targetIm, int targetStride, int rows, int columns)
    {
        var tiles = (columns + Tile - 1) / Tile;
        Parallel.For(0, tiles, tile =>
        {
            var c0 = tile * Tile;
            var c1 = Math.Min(columns, c0 + Tile);
            for (var r0 = 0; r0 < rows; r0 += Tile)
            {
                var r1 = Math.Min(rows, r0 + Tile);
                for (var c = c0; c < c1; c++)
                {
                    for (var r = r0; r < r1; r++)
                    {
                        targetRe[c * targetStride + r] = sourceRe[r * sourceStride + c];
                        targetIm[c * targetStride + r] = sourceIm[r * sourceStride + c];
                    }
                }
            }
        });
    }
}

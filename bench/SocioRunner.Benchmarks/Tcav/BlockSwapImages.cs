namespace SocioRunner.Benchmarks.Tcav;

/// <summary>
/// The inputs of <see cref="BlockSwap"/>: a tile with one block of its grid copied from another image. Kept apart from
/// the model code so SocioRunner.Explain.Tests can check the geometry (linked there).
/// </summary>
internal static class BlockSwapImages
{
    /// <summary>
    /// A copy of <paramref name="tile"/> (planar RGB, 3 x size x size) whose block <paramref name="block"/> of a
    /// <paramref name="blocksPerSide"/> x <paramref name="blocksPerSide"/> grid (row-major) comes from
    /// <paramref name="source"/>, all 3 bands; every other pixel is the tile's.
    /// </summary>
    public static float[] Swapped(float[] tile, float[] source, int block, int blocksPerSide, int size)
    {
        if (size % blocksPerSide != 0)
        {
            throw new ArgumentException($"a {size} px image does not split into {blocksPerSide} x {blocksPerSide} equal blocks", nameof(size));
        }

        if (tile.Length != 3 * size * size || source.Length != tile.Length)
        {
            throw new ArgumentException($"both images must be 3 x {size} x {size}");
        }

        var width = size / blocksPerSide;
        var image = (float[])tile.Clone();
        int x0 = block % blocksPerSide * width, y0 = block / blocksPerSide * width;
        for (var band = 0; band < 3; band++)
        {
            for (var y = y0; y < y0 + width; y++)
            {
                Array.Copy(source, band * size * size + y * size + x0, image, band * size * size + y * size + x0, width);
            }
        }

        return image;
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SocioRunner.Data.Batching.Internal;

/// <summary>
/// The affine warp of <see cref="RandAugment"/> (bilinear, an output pixel whose 2x2 source neighbourhood leaves the
/// image is 0) with the reference's arithmetic: the source position <c>a00 x + a01 y + b0</c> in double, evaluated in
/// that order (the column products are computed once per warp, the row products once per row: the same doubles the
/// reference multiplies out per pixel), the weights and the blend in float. The sampling position and weights are
/// computed once per pixel for all three channels, and the source is read without bounds checks (every index is
/// inside the image: checked per pixel, as the reference does).
/// </summary>
internal static class WarpKernel
{
    /// <summary>Warps <paramref name="source"/> (CHW, 3 planes) into <paramref name="destination"/>, writing every element.</summary>
    public static void Warp(ReadOnlySpan<float> source, Span<float> destination, int size, AffineWarp warp, double[] columnX, double[] columnY)
    {
        int n = size * size;
        if (source.Length < 3 * n || destination.Length < 3 * n || columnX.Length < size || columnY.Length < size)
            throw new ArgumentException("warp buffers are smaller than the image");
        var (a00, a01, b0, a10, a11, b1) = warp.SourceMap(size);
        for (int x = 0; x < size; x++) { columnX[x] = a00 * x; columnY[x] = a10 * x; }
        ref float src = ref MemoryMarshal.GetReference(source);
        ref float dst = ref MemoryMarshal.GetReference(destination);
        uint last = (uint)(size - 1);
        for (int y = 0; y < size; y++)
        {
            double rowX = a01 * y, rowY = a11 * y;
            int row = y * size;
            for (int x = 0; x < size; x++)
            {
                double sx = columnX[x] + rowX + b0, sy = columnY[x] + rowY + b1;
                double floorX = Math.Floor(sx), floorY = Math.Floor(sy);
                int x0 = (int)floorX, y0 = (int)floorY;
                int o = row + x;
                if ((uint)x0 >= last || (uint)y0 >= last)
                {
                    Unsafe.Add(ref dst, o) = 0f; Unsafe.Add(ref dst, n + o) = 0f; Unsafe.Add(ref dst, 2 * n + o) = 0f;
                    continue;
                }
                float fx = (float)(sx - x0), fy = (float)(sy - y0);
                float gx = 1 - fx, gy = 1 - fy;
                int i = y0 * size + x0;
                for (int c = 0; c < 3; c++, i += n, o += n)
                {
                    float p00 = Unsafe.Add(ref src, i), p01 = Unsafe.Add(ref src, i + 1);
                    float p10 = Unsafe.Add(ref src, i + size), p11 = Unsafe.Add(ref src, i + size + 1);
                    Unsafe.Add(ref dst, o) = gy * (gx * p00 + fx * p01) + fy * (gx * p10 + fx * p11);
                }
            }
        }
    }
}

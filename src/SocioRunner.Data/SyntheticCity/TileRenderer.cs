using SocioRunner.Data.Internal;

namespace SocioRunner.Data.SyntheticCity;

/// <summary>Renders a block layout into a finished image: paints the zones, then illumination jitter (gain and tint per
/// tile), a small blur (sensor point spread) and sensor noise. Output bytes never reach 0, so no tile is "void".</summary>
internal static class TileRenderer
{
    public static Canvas Paint(Zone[] layout, int size, Random rng)
    {
        var canvas = new Canvas(size);
        for (int i = 0; i < layout.Length; i++)
            ZonePainter.Paint(canvas, layout[i], i % TileComposer.BlocksPerSide * ZonePainter.BlockUnits, i / TileComposer.BlocksPerSide * ZonePainter.BlockUnits, rng);
        return canvas;
    }

    /// <summary>Finished bands, band-major bytes: R, G, B, then NIR and elevation when <paramref name="bands"/> is 5.</summary>
    public static byte[] Finish(Canvas canvas, int bands, Random rng)
    {
        int size = canvas.Size, n = size * size;
        float gain = (float)(0.82 + 0.36 * rng.NextDouble());
        float[] tint = [.. Enumerable.Range(0, 3).Select(_ => (float)((rng.NextDouble() - 0.5) * 0.08))];
        float[][] planes = [canvas.Red, canvas.Green, canvas.Blue, canvas.Nir, canvas.Elevation];
        var output = new byte[bands * n];
        for (int b = 0; b < bands; b++)
        {
            var blurred = Blur(planes[b], size);
            for (int i = 0; i < n; i++)
            {
                float v = b < 3 ? blurred[i] * gain + tint[b] + (float)(rng.Gaussian() * 0.015) : blurred[i];
                output[b * n + i] = (byte)Math.Clamp(MathF.Round(v * 255f), 6f, 252f);
            }
        }
        return output;
    }

    /// <summary>Interleaved RGB (HWC) from band-major bytes.</summary>
    public static byte[] Interleave(byte[] bandMajor, int size)
    {
        int n = size * size;
        var rgb = new byte[3 * n];
        for (int i = 0; i < n; i++) { rgb[3 * i] = bandMajor[i]; rgb[3 * i + 1] = bandMajor[n + i]; rgb[3 * i + 2] = bandMajor[2 * n + i]; }
        return rgb;
    }

    static float[] Blur(float[] plane, int size)
    {
        // Separable [1 2 1]/4 kernel with clamped edges.
        var temp = new float[plane.Length];
        var output = new float[plane.Length];
        for (int y = 0; y < size; y++)
            for (int x = 0; x < size; x++)
                temp[y * size + x] = 0.25f * plane[y * size + Math.Max(x - 1, 0)] + 0.5f * plane[y * size + x] + 0.25f * plane[y * size + Math.Min(x + 1, size - 1)];
        for (int y = 0; y < size; y++)
            for (int x = 0; x < size; x++)
                output[y * size + x] = 0.25f * temp[Math.Max(y - 1, 0) * size + x] + 0.5f * temp[y * size + x] + 0.25f * temp[Math.Min(y + 1, size - 1) * size + x];
        return output;
    }
}

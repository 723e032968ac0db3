namespace SocioRunner.Data.Batching;

/// <summary>RandAugment (Cubuk et al. 2020) on RGB CHW images in [0,1]: N operations drawn uniformly, each at the given
/// magnitude (torchvision's 31-bin scale) with a random sign where the operation has one. Geometric operations fill with 0.</summary>
public static class RandAugment
{
    const int Operations = 12;

    public static float[] Apply(float[] x, int size, int n, int magnitude, Random rng)
    {
        double m = magnitude / 30.0;
        for (int k = 0; k < n; k++)
        {
            double sign = rng.Next(2) == 0 ? -1 : 1;
            switch (rng.Next(Operations))
            {
                case 0: break; // identity
                case 1: Blend(x, Smooth(x, size), 1 + sign * 0.9 * m); Clamp(x); break;            // sharpness
                case 2: Blend(x, Gray(x, size, mean: true), 1 + sign * 0.9 * m); Clamp(x); break; // contrast
                case 3: Blend(x, Gray(x, size, mean: false), 1 + sign * 0.9 * m); Clamp(x); break; // colour (saturation)
                case 4: for (int i = 0; i < x.Length; i++) x[i] = Math.Clamp(x[i] * (float)(1 + sign * 0.9 * m), 0f, 1f); break; // brightness
                case 5: { float t = (float)(1 - m); for (int i = 0; i < x.Length; i++) if (x[i] >= t) x[i] = 1 - x[i]; break; } // solarize
                case 6: { int bits = 8 - (int)(m * 4); float levels = (1 << bits) - 1; for (int i = 0; i < x.Length; i++) x[i] = MathF.Floor(x[i] * levels) / levels; break; } // posterize
                case 7: for (int c = 0; c < 3; c++) AutoContrast(x.AsSpan(c * size * size, size * size)); break;
                case 8: x = Affine(x, size, angle: sign * 30 * m * Math.PI / 180, shearX: 0, shearY: 0, tx: 0, ty: 0); break; // rotate
                case 9: x = Affine(x, size, 0, sign * 0.3 * m, 0, 0, 0); break;                   // shear x
                case 10: x = Affine(x, size, 0, 0, sign * 0.3 * m, 0, 0); break;                  // shear y
                default: x = Affine(x, size, 0, 0, 0, sign * 0.45 * m * size * (rng.Next(2) == 0 ? 1 : 0), sign * 0.45 * m * size); break; // translate
            }
        }
        return x;
    }

    static float[] Gray(float[] x, int size, bool mean)
    {
        int n = size * size;
        var g = new float[x.Length];
        double total = 0;
        for (int i = 0; i < n; i++) { float l = 0.299f * x[i] + 0.587f * x[n + i] + 0.114f * x[2 * n + i]; g[i] = g[n + i] = g[2 * n + i] = l; total += l; }
        if (mean) Array.Fill(g, (float)(total / n));
        return g;
    }

    static float[] Smooth(float[] x, int size)
    {
        var s = (float[])x.Clone();
        for (int c = 0; c < 3; c++)
            for (int y = 1; y < size - 1; y++)
                for (int xx = 1; xx < size - 1; xx++)
                {
                    int i = c * size * size + y * size + xx;
                    s[i] = (x[i - size - 1] + x[i - size] + x[i - size + 1] + x[i - 1] + 5 * x[i] + x[i + 1] + x[i + size - 1] + x[i + size] + x[i + size + 1]) / 13f;
                }
        return s;
    }

    static void Blend(float[] x, float[] degenerate, double factor)
    {
        for (int i = 0; i < x.Length; i++) x[i] = (float)(degenerate[i] + (x[i] - degenerate[i]) * factor);
    }

    static void Clamp(float[] x) { for (int i = 0; i < x.Length; i++) x[i] = Math.Clamp(x[i], 0f, 1f); }

    static void AutoContrast(Span<float> plane)
    {
        float min = float.MaxValue, max = float.MinValue;
        foreach (float v in plane) { min = Math.Min(min, v); max = Math.Max(max, v); }
        if (max - min < 1e-6f) return;
        for (int i = 0; i < plane.Length; i++) plane[i] = (plane[i] - min) / (max - min);
    }

    /// <summary>Inverse-mapped affine warp about the image centre with bilinear sampling.</summary>
    static float[] Affine(float[] x, int size, double angle, double shearX, double shearY, double tx, double ty)
    {
        var output = new float[x.Length];
        double cos = Math.Cos(angle), sin = Math.Sin(angle), c = (size - 1) / 2.0;
        for (int y = 0; y < size; y++)
            for (int xx = 0; xx < size; xx++)
            {
                double dx = xx - c - tx, dy = y - c - ty;
                double rx = cos * dx + sin * dy, ry = -sin * dx + cos * dy;
                double sx = rx - shearX * ry + c, sy = ry - shearY * rx + c;
                int x0 = (int)Math.Floor(sx), y0 = (int)Math.Floor(sy);
                if (x0 < 0 || y0 < 0 || x0 + 1 >= size || y0 + 1 >= size) continue;
                float fx = (float)(sx - x0), fy = (float)(sy - y0);
                for (int ch = 0; ch < 3; ch++)
                {
                    int b = ch * size * size;
                    output[b + y * size + xx] = (1 - fy) * ((1 - fx) * x[b + y0 * size + x0] + fx * x[b + y0 * size + x0 + 1])
                                              + fy * ((1 - fx) * x[b + (y0 + 1) * size + x0] + fx * x[b + (y0 + 1) * size + x0 + 1]);
                }
            }
        return output;
    }
}

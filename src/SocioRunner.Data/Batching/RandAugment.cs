namespace SocioRunner.Data.Batching;

/// <summary>RandAugment (Cubuk et al. 2020) on RGB CHW images in [0,1]: N operations drawn uniformly, each at the given
/// magnitude (torchvision's 31-bin scale) with a random sign where the operation has one. Geometric operations fill with 0.
/// <see cref="Draw"/> picks the operations; <see cref="Apply(float[], int, AugmentStep)"/> is the managed reference of one
/// step (the training path applies the same steps batched as tensor operations).</summary>
public static class RandAugment
{
    const int Operations = 12;

    public static AugmentStep[] Draw(int n, int magnitude, int size, Random rng)
    {
        double m = magnitude / 30.0;
        var steps = new AugmentStep[n];
        for (int k = 0; k < n; k++)
        {
            double sign = rng.Next(2) == 0 ? -1 : 1;
            double blend = 1 + sign * 0.9 * m;
            steps[k] = rng.Next(Operations) switch
            {
                0 => new AugmentStep(AugmentOperation.Identity),
                1 => new AugmentStep(AugmentOperation.Sharpness, blend),
                2 => new AugmentStep(AugmentOperation.Contrast, blend),
                3 => new AugmentStep(AugmentOperation.Color, blend),
                4 => new AugmentStep(AugmentOperation.Brightness, blend),
                5 => new AugmentStep(AugmentOperation.Solarize, (float)(1 - m)),
                6 => new AugmentStep(AugmentOperation.Posterize, (1 << (8 - (int)(m * 4))) - 1),
                7 => new AugmentStep(AugmentOperation.AutoContrast),
                8 => Affine(new AffineWarp(sign * 30 * m * Math.PI / 180, 0, 0, 0, 0)), // rotate
                9 => Affine(new AffineWarp(0, sign * 0.3 * m, 0, 0, 0)),                  // shear x
                10 => Affine(new AffineWarp(0, 0, sign * 0.3 * m, 0, 0)),                 // shear y
                // translate: always vertically, horizontally on a coin flip
                _ => Affine(new AffineWarp(0, 0, 0, sign * 0.45 * m * size * (rng.Next(2) == 0 ? 1 : 0), sign * 0.45 * m * size)),
            };
        }
        return steps;

        static AugmentStep Affine(AffineWarp warp) => new(AugmentOperation.Affine, 0, warp);
    }

    /// <summary>Applies one step; returns the image (the same array, or a new one for warps).</summary>
    public static float[] Apply(float[] x, int size, AugmentStep step)
    {
        double f = step.Factor;
        switch (step.Operation)
        {
            case AugmentOperation.Identity: break;
            case AugmentOperation.Sharpness: Blend(x, Smooth(x, size), f); Clamp(x); break;
            case AugmentOperation.Contrast: Blend(x, Gray(x, size, mean: true), f); Clamp(x); break;
            case AugmentOperation.Color: Blend(x, Gray(x, size, mean: false), f); Clamp(x); break;
            case AugmentOperation.Brightness: for (int i = 0; i < x.Length; i++) x[i] = Math.Clamp(x[i] * (float)f, 0f, 1f); break;
            case AugmentOperation.Solarize: { float t = (float)f; for (int i = 0; i < x.Length; i++) if (x[i] >= t) x[i] = 1 - x[i]; break; }
            case AugmentOperation.Posterize: { float levels = (float)f; for (int i = 0; i < x.Length; i++) x[i] = MathF.Floor(x[i] * levels) / levels; break; }
            case AugmentOperation.AutoContrast: for (int c = 0; c < 3; c++) AutoContrast(x.AsSpan(c * size * size, size * size)); break;
            case AugmentOperation.Affine: return Warp(x, size, step.Affine);
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

    /// <summary>Bilinear sampling; an output pixel whose 2x2 source neighbourhood is not fully inside the image is 0.</summary>
    static float[] Warp(float[] x, int size, AffineWarp warp)
    {
        var output = new float[x.Length];
        var (a00, a01, b0, a10, a11, b1) = warp.SourceMap(size);
        for (int y = 0; y < size; y++)
            for (int xx = 0; xx < size; xx++)
            {
                double sx = a00 * xx + a01 * y + b0, sy = a10 * xx + a11 * y + b1;
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

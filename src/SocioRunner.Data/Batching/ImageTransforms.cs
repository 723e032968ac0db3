namespace SocioRunner.Data.Batching;

/// <summary>The managed reference of an <see cref="AugmentationPlan"/> on one resized RGB CHW image in [0,1] (a copy; the
/// input is not changed). Training applies the same plans batched as tensor operations on the training device; tests
/// hold the two to the same outputs.</summary>
public static class ImageTransforms
{
    /// <summary>Draws a plan from <paramref name="rng"/> and applies it.</summary>
    public static float[] Apply(float[] image, int size, TransformOptions options, bool train, Random rng) =>
        Apply(image, size, AugmentationPlan.Draw(options, train, rng));

    public static float[] Apply(float[] image, int size, AugmentationPlan plan)
    {
        var x = (float[])image.Clone();
        if (plan.FlipHorizontal) Flip(x, size, horizontal: true);
        if (plan.FlipVertical) Flip(x, size, horizontal: false);
        foreach (var step in plan.Steps) x = RandAugment.Apply(x, size, step);
        if (plan.Erase is { } box)
            for (int c = 0; c < 3; c++)
                for (int y = box.Y; y < box.Y + box.Height; y++) Array.Clear(x, c * size * size + y * size + box.X, box.Width);
        if (plan.MinMaxNormalize) MinMax(x);
        return x;
    }

    public static void MinMax(float[] x)
    {
        float min = float.MaxValue, max = float.MinValue;
        foreach (float v in x) { min = Math.Min(min, v); max = Math.Max(max, v); }
        float range = max - min;
        if (range <= 1e-12f) { Array.Clear(x); return; }
        for (int i = 0; i < x.Length; i++) x[i] = (x[i] - min) / range;
    }

    static void Flip(float[] x, int size, bool horizontal)
    {
        for (int c = 0; c < 3; c++)
            for (int y = 0; y < (horizontal ? size : size / 2); y++)
                for (int xx = 0; xx < (horizontal ? size / 2 : size); xx++)
                {
                    int a = c * size * size + y * size + xx;
                    int b = horizontal ? c * size * size + y * size + (size - 1 - xx) : c * size * size + (size - 1 - y) * size + xx;
                    (x[a], x[b]) = (x[b], x[a]);
                }
    }
}

namespace SocioRunner.Data.Batching;

/// <summary>Applies <see cref="TransformOptions"/> to one resized RGB CHW image in [0,1] (a copy; the input is not changed).</summary>
public static class ImageTransforms
{
    public static float[] Apply(float[] image, int size, TransformOptions options, bool train, Random rng)
    {
        var x = (float[])image.Clone();
        if (train)
        {
            if (options.HorizontalFlip && rng.NextDouble() < 0.5) Flip(x, size, horizontal: true);
            if (options.VerticalFlip && rng.NextDouble() < 0.5) Flip(x, size, horizontal: false);
            if (options.RandAugment) x = RandAugment.Apply(x, size, options.RandAugmentN, options.RandAugmentMagnitude, rng);
            if (rng.NextDouble() < options.RandomErasing) Erase(x, size, rng);
        }
        if (options.MinMaxNormalize) MinMax(x);
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

    static void Erase(float[] x, int size, Random rng)
    {
        double area = size * size;
        for (int attempt = 0; attempt < 10; attempt++)
        {
            double target = area * (0.02 + rng.NextDouble() * 0.31);
            double ratio = Math.Exp(Math.Log(0.3) + rng.NextDouble() * (Math.Log(3.3) - Math.Log(0.3)));
            int h = (int)Math.Round(Math.Sqrt(target * ratio)), w = (int)Math.Round(Math.Sqrt(target / ratio));
            if (h >= size || w >= size || h < 1 || w < 1) continue;
            int y0 = rng.Next(size - h + 1), x0 = rng.Next(size - w + 1);
            for (int c = 0; c < 3; c++)
                for (int y = y0; y < y0 + h; y++) Array.Clear(x, c * size * size + y * size + x0, w);
            return;
        }
    }
}

namespace SocioRunner.Data.Batching;

/// <summary>
/// Everything random about one view of one image, drawn up front: flips, the RandAugment steps, the erased box and
/// whether to min-max normalise. Drawing is separate from applying so the same plan can run on one image in managed
/// code (<see cref="ImageTransforms"/>, the reference) or batched on the training device (the models project's
/// tensor augmenter), with identical results for a given seed.
/// </summary>
public sealed record AugmentationPlan(bool FlipHorizontal, bool FlipVertical, IReadOnlyList<AugmentStep> Steps, EraseBox? Erase, bool MinMaxNormalize)
{
    /// <summary>The plan of an evaluation image: min-max normalisation only (if enabled).</summary>
    public static AugmentationPlan Evaluation(TransformOptions options) => new(false, false, [], null, options.MinMaxNormalize);

    /// <summary>Draws a plan. The random draws and their order are fixed (resume and reproducibility depend on them).</summary>
    public static AugmentationPlan Draw(TransformOptions options, bool train, Random rng)
    {
        if (!train) return Evaluation(options);
        int size = options.Size;
        bool flipH = options.HorizontalFlip && rng.NextDouble() < 0.5;
        bool flipV = options.VerticalFlip && rng.NextDouble() < 0.5;
        var steps = options.RandAugment ? RandAugment.Draw(options.RandAugmentN, options.RandAugmentMagnitude, size, rng) : [];
        EraseBox? erase = rng.NextDouble() < options.RandomErasing ? DrawErase(size, rng) : null;
        return new AugmentationPlan(flipH, flipV, steps, erase, options.MinMaxNormalize);
    }

    /// <summary>torchvision's RandomErasing box: area 2-33 % of the image, aspect ratio log-uniform in [0.3, 3.3], up to
    /// 10 attempts (none fits: nothing erased).</summary>
    static EraseBox? DrawErase(int size, Random rng)
    {
        double area = size * size;
        for (int attempt = 0; attempt < 10; attempt++)
        {
            double target = area * (0.02 + rng.NextDouble() * 0.31);
            double ratio = Math.Exp(Math.Log(0.3) + rng.NextDouble() * (Math.Log(3.3) - Math.Log(0.3)));
            int h = (int)Math.Round(Math.Sqrt(target * ratio)), w = (int)Math.Round(Math.Sqrt(target / ratio));
            if (h >= size || w >= size || h < 1 || w < 1) continue;
            int y0 = rng.Next(size - h + 1), x0 = rng.Next(size - w + 1);
            return new EraseBox(y0, x0, h, w);
        }
        return null;
    }
}

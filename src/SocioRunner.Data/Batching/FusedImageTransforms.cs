using SocioRunner.Data.Batching.Internal;

namespace SocioRunner.Data.Batching;

/// <summary>
/// The CPU training path of an <see cref="AugmentationPlan"/>: from an 8-bit CHW tile straight into the caller's float
/// buffer, with the results of the managed reference (<see cref="ImageTransforms"/>) bit for bit (tests compare the two
/// on real tiles, every operation). What makes it faster than the reference (docs/benchmarks-data.md):
/// <list type="bullet">
/// <item>the byte-to-[0,1] conversion and both flips are one pass (rows read in flipped order, reversed in place);</item>
/// <item>no full-image allocation: point operations run in place, the warp and sharpness write into one per-thread
/// scratch image and the two buffers swap roles;</item>
/// <item>blends are fused with their degenerate image and the clamp (contrast: one reduction pass and one blend pass;
/// saturation: one pass computing the grey level per pixel; sharpness: one pass with the 3x3 sum in registers);</item>
/// <item>the loops are vectorised (every lane performs the reference's operations in the reference's order);</item>
/// <item>the warp computes the sampling position once per pixel for the three channels, from per-column and per-row
/// products (the reference's doubles), without bounds checks;</item>
/// <item>min-max normalisation is a reduction pass and one pass that also moves the result into the destination when
/// the last operation left it in the scratch image.</item>
/// </list>
/// </summary>
public static class FusedImageTransforms
{
    [ThreadStatic] static Scratch? scratch;

    /// <summary>Applies <paramref name="plan"/> to the tile <paramref name="tile"/> (3 x size x size bytes) and writes the
    /// view (3 x size x size floats) into <paramref name="destination"/>. Thread-safe (per-thread scratch).</summary>
    public static void Render(ReadOnlySpan<byte> tile, int size, AugmentationPlan plan, Span<float> destination)
    {
        int n = size * size, pixels = 3 * n;
        if (tile.Length != pixels) throw new ArgumentException($"tile has {tile.Length} bytes, expected {pixels} (3 x {size} x {size})", nameof(tile));
        if (destination.Length != pixels) throw new ArgumentException($"destination has {destination.Length} floats, expected {pixels}", nameof(destination));
        var buffers = scratch is { } s && s.Fits(size) ? s : scratch = new Scratch(size);

        Span<float> current = destination, spare = buffers.Image.AsSpan(0, pixels);
        for (int c = 0; c < 3; c++)
            for (int y = 0; y < size; y++)
            {
                int sourceRow = c * n + (plan.FlipVertical ? size - 1 - y : y) * size;
                PixelKernels.BytesToUnit(tile.Slice(sourceRow, size), current.Slice(c * n + y * size, size), plan.FlipHorizontal);
            }

        foreach (var step in plan.Steps)
        {
            if (Apply(step, current, spare, size, buffers)) { var swap = current; current = spare; spare = swap; }
        }

        if (plan.Erase is { } box)
            for (int c = 0; c < 3; c++)
                for (int y = box.Y; y < box.Y + box.Height; y++) current.Slice(c * n + y * size + box.X, box.Width).Clear();

        if (plan.MinMaxNormalize)
        {
            var (min, max) = PixelKernels.MinMax(current);
            float range = max - min;
            if (range <= 1e-12f) destination.Clear();
            else PixelKernels.Stretch(current, destination, min, range);
        }
        else if (current != destination) current.CopyTo(destination);
    }

    /// <summary>One RandAugment step on <paramref name="x"/>; true when the result is in <paramref name="spare"/> instead.</summary>
    static bool Apply(AugmentStep step, Span<float> x, Span<float> spare, int size, Scratch buffers)
    {
        int n = size * size;
        double f = step.Factor;
        switch (step.Operation)
        {
            case AugmentOperation.Identity: return false;
            case AugmentOperation.Sharpness: PixelKernels.Sharpness(x, spare, size, f); return true;
            case AugmentOperation.Contrast: PixelKernels.BlendWithConstant(x, PixelKernels.MeanLuma(x, n), f); return false;
            case AugmentOperation.Color: PixelKernels.BlendWithLuma(x, n, f); return false;
            case AugmentOperation.Brightness: PixelKernels.Brightness(x, (float)f); return false;
            case AugmentOperation.Solarize: PixelKernels.Solarize(x, (float)f); return false;
            case AugmentOperation.Posterize: PixelKernels.Posterize(x, (float)f); return false;
            case AugmentOperation.AutoContrast:
                for (int c = 0; c < 3; c++)
                {
                    var plane = x.Slice(c * n, n);
                    var (min, max) = PixelKernels.MinMax(plane);
                    if (max - min >= 1e-6f) PixelKernels.Stretch(plane, plane, min, max - min);
                }
                return false;
            case AugmentOperation.Affine: WarpKernel.Warp(x, spare, size, step.Affine, buffers.ColumnX, buffers.ColumnY); return true;
            default: throw new ArgumentOutOfRangeException(nameof(step), step.Operation, "unknown augmentation operation");
        }
    }

    /// <summary>A thread's scratch image and warp tables (reused while the image size stays the same).</summary>
    sealed class Scratch(int size)
    {
        public float[] Image { get; } = new float[3 * size * size];
        public double[] ColumnX { get; } = new double[size];
        public double[] ColumnY { get; } = new double[size];
        public bool Fits(int s) => s == size;
    }
}

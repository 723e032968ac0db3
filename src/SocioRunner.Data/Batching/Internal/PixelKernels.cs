using System.Numerics;

namespace SocioRunner.Data.Batching.Internal;

/// <summary>
/// Vectorised loops behind <see cref="FusedImageTransforms"/>. Each one performs, element by element, exactly the
/// floating-point operations of the managed reference (<see cref="ImageTransforms"/>, <see cref="RandAugment"/>) in the
/// same order, so results are bit-identical: SIMD lanes round like scalar code, and blends widen to double as the
/// reference's <c>(float)(degenerate + (x - degenerate) * factor)</c> does. Reductions that only take a minimum or a
/// maximum are order-free; the one sum (the contrast mean) is accumulated sequentially in double as in the reference.
/// </summary>
internal static class PixelKernels
{
    static readonly int Lanes = Vector<float>.Count;

    /// <summary><c>Math.Clamp(v, 0, 1)</c> lane by lane (returns v itself when it is inside, as Math.Clamp does).</summary>
    static Vector<float> Clamp01(Vector<float> v)
    {
        v = Vector.ConditionalSelect(Vector.LessThan(v, Vector<float>.Zero), Vector<float>.Zero, v);
        return Vector.ConditionalSelect(Vector.GreaterThan(v, Vector<float>.One), Vector<float>.One, v);
    }

    /// <summary>Reference blend <c>(float)(d + (x - d) * factor)</c> (x - d in float, the rest in double), then clamp.</summary>
    static Vector<float> BlendClamp(Vector<float> x, Vector<float> degenerate, Vector<double> factor)
    {
        Vector.Widen(x - degenerate, out var differenceLow, out var differenceHigh);
        Vector.Widen(degenerate, out var degenerateLow, out var degenerateHigh);
        return Clamp01(Vector.Narrow(degenerateLow + differenceLow * factor, degenerateHigh + differenceHigh * factor));
    }

    static float BlendClamp(float x, float degenerate, double factor) => Math.Clamp((float)(degenerate + (x - degenerate) * factor), 0f, 1f);

    /// <summary>8-bit values to [0,1] (<c>b / 255f</c>) into <paramref name="destination"/>, reversed when <paramref name="reverse"/>.</summary>
    public static void BytesToUnit(ReadOnlySpan<byte> source, Span<float> destination, bool reverse)
    {
        int i = 0, byteLanes = Vector<byte>.Count;
        var scale = new Vector<float>(255f);
        for (; i <= source.Length - byteLanes; i += byteLanes)
        {
            Vector.Widen(new Vector<byte>(source[i..]), out var low, out var high);
            Vector.Widen(low, out var a, out var b);
            Vector.Widen(high, out var c, out var d);
            (Vector.ConvertToSingle(Vector.AsVectorInt32(a)) / scale).CopyTo(destination[i..]);
            (Vector.ConvertToSingle(Vector.AsVectorInt32(b)) / scale).CopyTo(destination[(i + Lanes)..]);
            (Vector.ConvertToSingle(Vector.AsVectorInt32(c)) / scale).CopyTo(destination[(i + 2 * Lanes)..]);
            (Vector.ConvertToSingle(Vector.AsVectorInt32(d)) / scale).CopyTo(destination[(i + 3 * Lanes)..]);
        }
        for (; i < source.Length; i++) destination[i] = source[i] / 255f;
        if (reverse) destination[..source.Length].Reverse();
    }

    public static void Brightness(Span<float> x, float factor)
    {
        int i = 0;
        var f = new Vector<float>(factor);
        for (; i <= x.Length - Lanes; i += Lanes) Clamp01(new Vector<float>(x[i..]) * f).CopyTo(x[i..]);
        for (; i < x.Length; i++) x[i] = Math.Clamp(x[i] * factor, 0f, 1f);
    }

    public static void Solarize(Span<float> x, float threshold)
    {
        int i = 0;
        var t = new Vector<float>(threshold);
        for (; i <= x.Length - Lanes; i += Lanes)
        {
            var v = new Vector<float>(x[i..]);
            Vector.ConditionalSelect(Vector.GreaterThanOrEqual(v, t), Vector<float>.One - v, v).CopyTo(x[i..]);
        }
        for (; i < x.Length; i++) if (x[i] >= threshold) x[i] = 1 - x[i];
    }

    public static void Posterize(Span<float> x, float levels)
    {
        int i = 0;
        var l = new Vector<float>(levels);
        for (; i <= x.Length - Lanes; i += Lanes) (Vector.Floor(new Vector<float>(x[i..]) * l) / l).CopyTo(x[i..]);
        for (; i < x.Length; i++) x[i] = MathF.Floor(x[i] * levels) / levels;
    }

    /// <summary>Blend every element with the constant <paramref name="degenerate"/>, clamp.</summary>
    public static void BlendWithConstant(Span<float> x, float degenerate, double factor)
    {
        int i = 0;
        var d = new Vector<float>(degenerate);
        var f = new Vector<double>(factor);
        for (; i <= x.Length - Lanes; i += Lanes) BlendClamp(new Vector<float>(x[i..]), d, f).CopyTo(x[i..]);
        for (; i < x.Length; i++) x[i] = BlendClamp(x[i], degenerate, factor);
    }

    /// <summary>The grey level <c>0.299 r + 0.587 g + 0.114 b</c> (float, in this order).</summary>
    static Vector<float> Luma(Vector<float> r, Vector<float> g, Vector<float> b) =>
        new Vector<float>(0.299f) * r + new Vector<float>(0.587f) * g + new Vector<float>(0.114f) * b;

    static float Luma(float r, float g, float b) => 0.299f * r + 0.587f * g + 0.114f * b;

    /// <summary>Mean grey level of a CHW image with <paramref name="n"/> pixels per plane (double sum in pixel order, as the reference).</summary>
    public static float MeanLuma(ReadOnlySpan<float> x, int n)
    {
        var r = x[..n]; var g = x.Slice(n, n); var b = x.Slice(2 * n, n);
        Span<float> lanes = stackalloc float[Lanes];
        double total = 0;
        int i = 0;
        for (; i <= n - Lanes; i += Lanes)
        {
            Luma(new Vector<float>(r[i..]), new Vector<float>(g[i..]), new Vector<float>(b[i..])).CopyTo(lanes);
            foreach (float l in lanes) total += l;
        }
        for (; i < n; i++) total += Luma(r[i], g[i], b[i]);
        return (float)(total / n);
    }

    /// <summary>Saturation: blend every channel with the pixel's grey level, clamp.</summary>
    public static void BlendWithLuma(Span<float> x, int n, double factor)
    {
        var r = x[..n]; var g = x.Slice(n, n); var b = x.Slice(2 * n, n);
        var f = new Vector<double>(factor);
        int i = 0;
        for (; i <= n - Lanes; i += Lanes)
        {
            var vr = new Vector<float>(r[i..]); var vg = new Vector<float>(g[i..]); var vb = new Vector<float>(b[i..]);
            var l = Luma(vr, vg, vb);
            BlendClamp(vr, l, f).CopyTo(r[i..]);
            BlendClamp(vg, l, f).CopyTo(g[i..]);
            BlendClamp(vb, l, f).CopyTo(b[i..]);
        }
        for (; i < n; i++)
        {
            float l = Luma(r[i], g[i], b[i]);
            r[i] = BlendClamp(r[i], l, factor); g[i] = BlendClamp(g[i], l, factor); b[i] = BlendClamp(b[i], l, factor);
        }
    }

    /// <summary>
    /// Sharpness from <paramref name="source"/> into <paramref name="destination"/> (same length, CHW): interior pixels blend
    /// with the 3x3 smoothed value (kernel 1 1 1 / 1 5 1 / 1 1 1 over 13, summed in the reference's order), border pixels
    /// keep their value (blending a value with itself returns it); then clamp.
    /// </summary>
    public static void Sharpness(ReadOnlySpan<float> source, Span<float> destination, int size, double factor)
    {
        int n = size * size;
        var f = new Vector<double>(factor);
        var five = new Vector<float>(5f);
        var thirteen = new Vector<float>(13f);
        for (int c = 0; c < 3; c++)
        {
            var src = source.Slice(c * n, n);
            var dst = destination.Slice(c * n, n);
            ClampCopy(src[..size], dst[..size]);
            ClampCopy(src[(n - size)..], dst[(n - size)..]);
            for (int y = 1; y < size - 1; y++)
            {
                int row = y * size;
                dst[row] = Math.Clamp(src[row], 0f, 1f);
                dst[row + size - 1] = Math.Clamp(src[row + size - 1], 0f, 1f);
                int interior = size - 2;
                if (interior < Lanes)
                {
                    for (int xx = 1; xx < size - 1; xx++) dst[row + xx] = SharpenScalar(src, row + xx, size, factor);
                    continue;
                }
                // Vectors over columns 1..size-2; the last one overlaps the previous (idempotent: out of place).
                for (int xx = 1; ; xx += Lanes)
                {
                    if (xx > size - 1 - Lanes) xx = size - 1 - Lanes;
                    int i = row + xx;
                    var sum = new Vector<float>(src[(i - size - 1)..]) + new Vector<float>(src[(i - size)..]) + new Vector<float>(src[(i - size + 1)..])
                        + new Vector<float>(src[(i - 1)..]) + five * new Vector<float>(src[i..]) + new Vector<float>(src[(i + 1)..])
                        + new Vector<float>(src[(i + size - 1)..]) + new Vector<float>(src[(i + size)..]) + new Vector<float>(src[(i + size + 1)..]);
                    BlendClamp(new Vector<float>(src[i..]), sum / thirteen, f).CopyTo(dst[i..]);
                    if (xx == size - 1 - Lanes) break;
                }
            }
        }
    }

    static float SharpenScalar(ReadOnlySpan<float> x, int i, int size, double factor)
    {
        float smooth = (x[i - size - 1] + x[i - size] + x[i - size + 1] + x[i - 1] + 5 * x[i] + x[i + 1] + x[i + size - 1] + x[i + size] + x[i + size + 1]) / 13f;
        return BlendClamp(x[i], smooth, factor);
    }

    static void ClampCopy(ReadOnlySpan<float> source, Span<float> destination)
    {
        int i = 0;
        for (; i <= source.Length - Lanes; i += Lanes) Clamp01(new Vector<float>(source[i..])).CopyTo(destination[i..]);
        for (; i < source.Length; i++) destination[i] = Math.Clamp(source[i], 0f, 1f);
    }

    public static (float Min, float Max) MinMax(ReadOnlySpan<float> x)
    {
        float min = float.MaxValue, max = float.MinValue;
        int i = 0;
        if (x.Length >= Lanes)
        {
            var vmin = new Vector<float>(float.MaxValue);
            var vmax = new Vector<float>(float.MinValue);
            for (; i <= x.Length - Lanes; i += Lanes)
            {
                var v = new Vector<float>(x[i..]);
                vmin = Vector.Min(vmin, v); vmax = Vector.Max(vmax, v);
            }
            for (int k = 0; k < Lanes; k++) { min = Math.Min(min, vmin[k]); max = Math.Max(max, vmax[k]); }
        }
        for (; i < x.Length; i++) { min = Math.Min(min, x[i]); max = Math.Max(max, x[i]); }
        return (min, max);
    }

    /// <summary><c>(x - min) / range</c> from <paramref name="source"/> into <paramref name="destination"/> (may be the same span).</summary>
    public static void Stretch(ReadOnlySpan<float> source, Span<float> destination, float min, float range)
    {
        int i = 0;
        var vmin = new Vector<float>(min);
        var vrange = new Vector<float>(range);
        for (; i <= source.Length - Lanes; i += Lanes) ((new Vector<float>(source[i..]) - vmin) / vrange).CopyTo(destination[i..]);
        for (; i < source.Length; i++) destination[i] = (source[i] - min) / range;
    }
}

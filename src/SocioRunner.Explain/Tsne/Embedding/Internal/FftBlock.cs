using System.Numerics;

namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// The butterflies of one (p, q) pair of an <see cref="FftStage"/>: input j of the radix-r butterfly starts at
/// Input + j·InputJump, output k at Output + k·OutputJump, each a run of Count doubles swept with SIMD vectors, for
/// Repeats values of q whose runs lie Step doubles apart (the whole q loop in one call keeps the dispatch off the hot path).
/// Forward uses ω = e^{-2πi/r}, inverse its conjugate.
/// </summary>
internal readonly ref struct FftBlock(
    FftBuffers buffers, nuint input, nuint inputJump, nuint output, nuint outputJump, nuint count, nuint repeats, nuint step)
{
    private static readonly double Sin60 = Math.Sqrt(3) / 2;
    private static readonly double Cos72 = Math.Cos(2 * Math.PI / 5);
    private static readonly double Cos144 = Math.Cos(4 * Math.PI / 5);
    private static readonly double Sin72 = Math.Sin(2 * Math.PI / 5);
    private static readonly double Sin144 = Math.Sin(4 * Math.PI / 5);

    private static nuint Width => (nuint)Vector<double>.Count;

    /// <summary>y0 = a0, y1 = a0·w (a1 = 0: the zero-padded half of the input).</summary>
    public void Radix2FirstHalfOnlyInput(double wRe, double wIm)
    {
        ref var sRe = ref FftStage.Data(buffers.SourceRe);
        ref var sIm = ref FftStage.Data(buffers.SourceIm);
        ref var tRe = ref FftStage.Data(buffers.TargetRe);
        ref var tIm = ref FftStage.Data(buffers.TargetIm);
        var wr = new Vector<double>(wRe);
        var wi = new Vector<double>(wIm);
        for (nuint q = 0, end = count; q < repeats; q++, end += step)
        for (var b = q * step; b < end; b += Width)
        {
            var ar = Vector.LoadUnsafe(ref sRe, input + b);
            var ai = Vector.LoadUnsafe(ref sIm, input + b);
            ar.StoreUnsafe(ref tRe, output + b);
            ai.StoreUnsafe(ref tIm, output + b);
            Store(ref tRe, ref tIm, output + outputJump + b, ar, ai, wr, wi);
        }
    }

    /// <summary>y0 = a0 + a1 only (the last stage, when only the first half of the output is wanted).</summary>
    public void Radix2SumOnly()
    {
        ref var sRe = ref FftStage.Data(buffers.SourceRe);
        ref var sIm = ref FftStage.Data(buffers.SourceIm);
        ref var tRe = ref FftStage.Data(buffers.TargetRe);
        ref var tIm = ref FftStage.Data(buffers.TargetIm);
        for (nuint q = 0, end = count; q < repeats; q++, end += step)
        for (var b = q * step; b < end; b += Width)
        {
            (Vector.LoadUnsafe(ref sRe, input + b) + Vector.LoadUnsafe(ref sRe, input + inputJump + b)).StoreUnsafe(ref tRe, output + b);
            (Vector.LoadUnsafe(ref sIm, input + b) + Vector.LoadUnsafe(ref sIm, input + inputJump + b)).StoreUnsafe(ref tIm, output + b);
        }
    }

    public void Radix2(double wRe, double wIm)
    {
        ref var sRe = ref FftStage.Data(buffers.SourceRe);
        ref var sIm = ref FftStage.Data(buffers.SourceIm);
        ref var tRe = ref FftStage.Data(buffers.TargetRe);
        ref var tIm = ref FftStage.Data(buffers.TargetIm);
        var wr = new Vector<double>(wRe);
        var wi = new Vector<double>(wIm);
        for (nuint q = 0, end = count; q < repeats; q++, end += step)
        for (var b = q * step; b < end; b += Width)
        {
            var a0r = Vector.LoadUnsafe(ref sRe, input + b);
            var a0i = Vector.LoadUnsafe(ref sIm, input + b);
            var a1r = Vector.LoadUnsafe(ref sRe, input + inputJump + b);
            var a1i = Vector.LoadUnsafe(ref sIm, input + inputJump + b);
            (a0r + a1r).StoreUnsafe(ref tRe, output + b);
            (a0i + a1i).StoreUnsafe(ref tIm, output + b);
            var dr = a0r - a1r;
            var di = a0i - a1i;
            Store(ref tRe, ref tIm, output + outputJump + b, dr, di, wr, wi);
        }
    }

    public void Radix3(bool inverse, ReadOnlySpan<double> wRe, ReadOnlySpan<double> wIm)
    {
        ref var sRe = ref FftStage.Data(buffers.SourceRe);
        ref var sIm = ref FftStage.Data(buffers.SourceIm);
        ref var tRe = ref FftStage.Data(buffers.TargetRe);
        ref var tIm = ref FftStage.Data(buffers.TargetIm);
        var w1r = new Vector<double>(wRe[0]);
        var w1i = new Vector<double>(wIm[0]);
        var w2r = new Vector<double>(wRe[1]);
        var w2i = new Vector<double>(wIm[1]);
        // ω = -1/2 + i·sign·√3/2 with sign -1 forward.
        var s = new Vector<double>(inverse ? Sin60 : -Sin60);
        var half = new Vector<double>(0.5);
        for (nuint q = 0, end = count; q < repeats; q++, end += step)
        for (var b = q * step; b < end; b += Width)
        {
            var a0r = Vector.LoadUnsafe(ref sRe, input + b);
            var a0i = Vector.LoadUnsafe(ref sIm, input + b);
            var a1r = Vector.LoadUnsafe(ref sRe, input + inputJump + b);
            var a1i = Vector.LoadUnsafe(ref sIm, input + inputJump + b);
            var a2r = Vector.LoadUnsafe(ref sRe, input + 2 * inputJump + b);
            var a2i = Vector.LoadUnsafe(ref sIm, input + 2 * inputJump + b);
            var sumR = a1r + a2r;
            var sumI = a1i + a2i;
            (a0r + sumR).StoreUnsafe(ref tRe, output + b);
            (a0i + sumI).StoreUnsafe(ref tIm, output + b);
            var cr = a0r - half * sumR;
            var ci = a0i - half * sumI;
            // i·s·(a1 - a2) = (-s·(a1 - a2).im, s·(a1 - a2).re)
            var er = -s * (a1i - a2i);
            var ei = s * (a1r - a2r);
            var y1r = cr + er;
            var y1i = ci + ei;
            var y2r = cr - er;
            var y2i = ci - ei;
            Store(ref tRe, ref tIm, output + outputJump + b, y1r, y1i, w1r, w1i);
            Store(ref tRe, ref tIm, output + 2 * outputJump + b, y2r, y2i, w2r, w2i);
        }
    }

    public void Radix4(bool inverse, ReadOnlySpan<double> wRe, ReadOnlySpan<double> wIm)
    {
        ref var sRe = ref FftStage.Data(buffers.SourceRe);
        ref var sIm = ref FftStage.Data(buffers.SourceIm);
        ref var tRe = ref FftStage.Data(buffers.TargetRe);
        ref var tIm = ref FftStage.Data(buffers.TargetIm);
        var w1r = new Vector<double>(wRe[0]);
        var w1i = new Vector<double>(wIm[0]);
        var w2r = new Vector<double>(wRe[1]);
        var w2i = new Vector<double>(wIm[1]);
        var w3r = new Vector<double>(wRe[2]);
        var w3i = new Vector<double>(wIm[2]);
        var j = inputJump;
        var o = outputJump;
        for (nuint q = 0, end = count; q < repeats; q++, end += step)
        for (var b = q * step; b < end; b += Width)
        {
            var a0r = Vector.LoadUnsafe(ref sRe, input + b);
            var a0i = Vector.LoadUnsafe(ref sIm, input + b);
            var a1r = Vector.LoadUnsafe(ref sRe, input + j + b);
            var a1i = Vector.LoadUnsafe(ref sIm, input + j + b);
            var a2r = Vector.LoadUnsafe(ref sRe, input + 2 * j + b);
            var a2i = Vector.LoadUnsafe(ref sIm, input + 2 * j + b);
            var a3r = Vector.LoadUnsafe(ref sRe, input + 3 * j + b);
            var a3i = Vector.LoadUnsafe(ref sIm, input + 3 * j + b);
            var b0r = a0r + a2r;
            var b0i = a0i + a2i;
            var b1r = a0r - a2r;
            var b1i = a0i - a2i;
            var b2r = a1r + a3r;
            var b2i = a1i + a3i;
            var dr = a1r - a3r;
            var di = a1i - a3i;
            // Forward: -i·d = (d.im, -d.re); inverse: i·d = (-d.im, d.re).
            var b3r = inverse ? -di : di;
            var b3i = inverse ? dr : -dr;
            (b0r + b2r).StoreUnsafe(ref tRe, output + b);
            (b0i + b2i).StoreUnsafe(ref tIm, output + b);
            var y1r = b1r + b3r;
            var y1i = b1i + b3i;
            var y2r = b0r - b2r;
            var y2i = b0i - b2i;
            var y3r = b1r - b3r;
            var y3i = b1i - b3i;
            Store(ref tRe, ref tIm, output + o + b, y1r, y1i, w1r, w1i);
            Store(ref tRe, ref tIm, output + 2 * o + b, y2r, y2i, w2r, w2i);
            Store(ref tRe, ref tIm, output + 3 * o + b, y3r, y3i, w3r, w3i);
        }
    }

    public void Radix5(bool inverse, ReadOnlySpan<double> wRe, ReadOnlySpan<double> wIm)
    {
        ref var sRe = ref FftStage.Data(buffers.SourceRe);
        ref var sIm = ref FftStage.Data(buffers.SourceIm);
        ref var tRe = ref FftStage.Data(buffers.TargetRe);
        ref var tIm = ref FftStage.Data(buffers.TargetIm);
        Span<Vector<double>> wr = [new(wRe[0]), new(wRe[1]), new(wRe[2]), new(wRe[3])];
        Span<Vector<double>> wi = [new(wIm[0]), new(wIm[1]), new(wIm[2]), new(wIm[3])];
        var c1 = new Vector<double>(Cos72);
        var c2 = new Vector<double>(Cos144);
        var s1 = new Vector<double>(inverse ? Sin72 : -Sin72);
        var s2 = new Vector<double>(inverse ? Sin144 : -Sin144);
        var j = inputJump;
        var o = outputJump;
        for (nuint q = 0, end = count; q < repeats; q++, end += step)
        for (var b = q * step; b < end; b += Width)
        {
            var a0r = Vector.LoadUnsafe(ref sRe, input + b);
            var a0i = Vector.LoadUnsafe(ref sIm, input + b);
            var a1r = Vector.LoadUnsafe(ref sRe, input + j + b);
            var a1i = Vector.LoadUnsafe(ref sIm, input + j + b);
            var a2r = Vector.LoadUnsafe(ref sRe, input + 2 * j + b);
            var a2i = Vector.LoadUnsafe(ref sIm, input + 2 * j + b);
            var a3r = Vector.LoadUnsafe(ref sRe, input + 3 * j + b);
            var a3i = Vector.LoadUnsafe(ref sIm, input + 3 * j + b);
            var a4r = Vector.LoadUnsafe(ref sRe, input + 4 * j + b);
            var a4i = Vector.LoadUnsafe(ref sIm, input + 4 * j + b);
            var b1r = a1r + a4r;
            var b1i = a1i + a4i;
            var b2r = a2r + a3r;
            var b2i = a2i + a3i;
            var d1r = a1r - a4r;
            var d1i = a1i - a4i;
            var d2r = a2r - a3r;
            var d2i = a2i - a3i;
            (a0r + b1r + b2r).StoreUnsafe(ref tRe, output + b);
            (a0i + b1i + b2i).StoreUnsafe(ref tIm, output + b);
            // y1,4 = a0 + c1·b1 + c2·b2 ± i·(s1·d1 + s2·d2); y2,3 = a0 + c2·b1 + c1·b2 ± i·(s2·d1 - s1·d2).
            var e1r = a0r + c1 * b1r + c2 * b2r;
            var e1i = a0i + c1 * b1i + c2 * b2i;
            var f1r = s1 * d1r + s2 * d2r;
            var f1i = s1 * d1i + s2 * d2i;
            var e2r = a0r + c2 * b1r + c1 * b2r;
            var e2i = a0i + c2 * b1i + c1 * b2i;
            var f2r = s2 * d1r - s1 * d2r;
            var f2i = s2 * d1i - s1 * d2i;
            // i·f = (-f.im, f.re)
            Store(ref tRe, ref tIm, output + o + b, e1r - f1i, e1i + f1r, wr[0], wi[0]);
            Store(ref tRe, ref tIm, output + 2 * o + b, e2r - f2i, e2i + f2r, wr[1], wi[1]);
            Store(ref tRe, ref tIm, output + 3 * o + b, e2r + f2i, e2i - f2r, wr[2], wi[2]);
            Store(ref tRe, ref tIm, output + 4 * o + b, e1r + f1i, e1i - f1r, wr[3], wi[3]);
        }
    }

    /// <summary>Any radix r (the prime factors above 5 that odd interpolation-point counts bring): O(r²) per element.</summary>
    public void RadixGeneric(int radix, ReadOnlySpan<double> rootRe, ReadOnlySpan<double> rootIm, ReadOnlySpan<double> wRe, ReadOnlySpan<double> wIm)
    {
        ref var sRe = ref FftStage.Data(buffers.SourceRe);
        ref var sIm = ref FftStage.Data(buffers.SourceIm);
        ref var tRe = ref FftStage.Data(buffers.TargetRe);
        ref var tIm = ref FftStage.Data(buffers.TargetIm);
        for (nuint q = 0, end = count; q < repeats; q++, end += step)
        for (var b = q * step; b < end; b += Width)
        {
            for (var k = 0; k < radix; k++)
            {
                var yr = Vector<double>.Zero;
                var yi = Vector<double>.Zero;
                for (var j = 0; j < radix; j++)
                {
                    var at = input + (nuint)j * inputJump + b;
                    var ar = Vector.LoadUnsafe(ref sRe, at);
                    var ai = Vector.LoadUnsafe(ref sIm, at);
                    var cr = new Vector<double>(rootRe[j * k % radix]);
                    var ci = new Vector<double>(rootIm[j * k % radix]);
                    yr += ar * cr - ai * ci;
                    yi += ar * ci + ai * cr;
                }

                var target = output + (nuint)k * outputJump + b;
                if (k == 0)
                {
                    yr.StoreUnsafe(ref tRe, target);
                    yi.StoreUnsafe(ref tIm, target);
                }
                else
                {
                    Store(ref tRe, ref tIm, target, yr, yi, new Vector<double>(wRe[k - 1]), new Vector<double>(wIm[k - 1]));
                }
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Store(ref double re, ref double im, nuint at, Vector<double> yr, Vector<double> yi, Vector<double> wr, Vector<double> wi)
    {
        (yr * wr - yi * wi).StoreUnsafe(ref re, at);
        (yr * wi + yi * wr).StoreUnsafe(ref im, at);
    }
}

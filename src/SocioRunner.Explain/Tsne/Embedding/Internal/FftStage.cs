using System.Runtime.InteropServices;

namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// One decimation-in-frequency Stockham stage of radix r on sub-transforms of length n with element stride s
/// (OTFFT's formulation): for p &lt; m = n / r and q &lt; s, a_j = x[q + s(p + jm)] and
/// y[q + s(rp + k)] = w_n^{pk} · Σ_j a_j ω_r^{jk}. An "element" is a run of columns, so the innermost loop is a
/// SIMD sweep over contiguous doubles.
/// </summary>
internal sealed class FftStage
{
    private readonly int _radix;
    private readonly int _length;
    private readonly int _stride;
    private readonly bool _inverse;
    private readonly Pruning _pruning;

    // w_n^{pk} for p < m, k = 1..r-1, at p·(r-1) + k-1.
    private readonly double[] _twiddleRe;
    private readonly double[] _twiddleIm;

    // ω_r^t for t < r, used by radices other than 2 to 5.
    private readonly double[] _rootRe;
    private readonly double[] _rootIm;

    public FftStage(int radix, int length, int stride, bool inverse, Pruning pruning)
    {
        _radix = radix;
        _length = length;
        _stride = stride;
        _inverse = inverse;
        _pruning = pruning;
        var m = length / radix;
        _twiddleRe = new double[m * (radix - 1)];
        _twiddleIm = new double[m * (radix - 1)];
        var sign = inverse ? 1.0 : -1.0;
        _rootRe = new double[radix];
        _rootIm = new double[radix];
        for (var t = 0; t < radix; t++)
        {
            _rootRe[t] = Math.Cos(sign * 2 * Math.PI * t / radix);
            _rootIm[t] = Math.Sin(sign * 2 * Math.PI * t / radix);
        }

        for (var p = 0; p < m; p++)
        {
            for (var k = 1; k < radix; k++)
            {
                // Reduce p·k mod n first so large products keep full accuracy in the angle.
                var angle = sign * 2 * Math.PI * ((long)p * k % length) / length;
                _twiddleRe[p * (radix - 1) + k - 1] = Math.Cos(angle);
                _twiddleIm[p * (radix - 1) + k - 1] = Math.Sin(angle);
            }
        }
    }

    public enum Pruning
    {
        None,

        /// <summary>Radix 2, first stage: x[n/2..n) is zero, so a_1 = 0.</summary>
        InputSecondHalfZero,

        /// <summary>Radix 2, last stage (m = 1): only y[0..n/2) = a_0 + a_1 is computed.</summary>
        OutputFirstHalfOnly,
    }

    public void Run(FftBuffers buffers, int batch, int firstColumn, int columnCount)
    {
        var m = _length / _radix;
        // With every column selected, the runs of consecutive q touch: one long sweep instead of s short ones.
        var whole = columnCount == batch;
        var repeats = (nuint)(whole ? 1 : _stride);
        var count = (nuint)(whole ? _stride * batch : columnCount);
        var inputJump = (nuint)(_stride * m * batch);
        var outputJump = (nuint)(_stride * batch);
        for (var p = 0; p < m; p++)
        {
            var input = (nuint)(_stride * p * batch + firstColumn);
            var output = (nuint)(_stride * _radix * p * batch + firstColumn);
            var block = new FftBlock(buffers, input, inputJump, output, outputJump, count, repeats, (nuint)batch);
            switch (_radix)
            {
                case 2 when _pruning == Pruning.InputSecondHalfZero:
                    block.Radix2FirstHalfOnlyInput(_twiddleRe[p], _twiddleIm[p]);
                    break;
                case 2 when _pruning == Pruning.OutputFirstHalfOnly:
                    block.Radix2SumOnly();
                    break;
                case 2:
                    block.Radix2(_twiddleRe[p], _twiddleIm[p]);
                    break;
                case 3:
                    block.Radix3(_inverse, _twiddleRe.AsSpan(2 * p, 2), _twiddleIm.AsSpan(2 * p, 2));
                    break;
                case 4:
                    block.Radix4(_inverse, _twiddleRe.AsSpan(3 * p, 3), _twiddleIm.AsSpan(3 * p, 3));
                    break;
                case 5:
                    block.Radix5(_inverse, _twiddleRe.AsSpan(4 * p, 4), _twiddleIm.AsSpan(4 * p, 4));
                    break;
                default:
                    var width = _radix - 1;
                    block.RadixGeneric(_radix, _rootRe, _rootIm, _twiddleRe.AsSpan(width * p, width), _twiddleIm.AsSpan(width * p, width));
                    break;
            }
        }
    }

    /// <summary>Reference to an array's first element, for the unchecked vector loads of <see cref="FftBlock"/>.</summary>
    internal static ref double Data(double[] array) => ref MemoryMarshal.GetArrayDataReference(array);
}

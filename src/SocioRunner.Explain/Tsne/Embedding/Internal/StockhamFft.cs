using System.Numerics;

namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// A managed mixed-radix (2, 3, 4, 5, and O(r²) for other primes) Stockham FFT of one length, applied to many sequences at once: sequence b's
/// element k lives at k·stride + b in separate real and imaginary arrays, so every butterfly works on a contiguous
/// run of columns with SIMD vectors and no transposition happens inside the transform. Each stage reads one buffer and
/// writes the other (autosort, natural order in and out); <see cref="ResultInScratch"/> says where the result ends.
/// Two prunings serve zero-padded convolution: the input's second half known to be zero (the first stage is radix 2
/// and never reads it) and only the output's first half wanted (the last stage is radix 2 and computes only that half).
/// Unnormalised in both directions: inverse(forward(x)) = length · x.
/// </summary>
internal sealed class StockhamFft
{
    /// <summary>Batch strides, first columns and column counts must be multiples of this (a whole number of SIMD vectors).</summary>
    public static readonly int Alignment = Math.Max(8, Vector<double>.Count);

    private readonly FftStage[] _stages;

    public StockhamFft(int length, bool inverse, bool inputSecondHalfZero = false, bool outputFirstHalfOnly = false)
    {
        if ((inputSecondHalfZero || outputFirstHalfOnly) && length % 2 != 0)
        {
            throw new ArgumentException($"Pruned transforms need an even length; got {length}.", nameof(length));
        }

        Length = length;
        var radices = Factor(inputSecondHalfZero || outputFirstHalfOnly ? length / 2 : length);
        if (inputSecondHalfZero)
        {
            radices.Insert(0, 2);
        }
        else if (outputFirstHalfOnly)
        {
            radices.Add(2);
        }

        _stages = new FftStage[radices.Count];
        var n = length;
        var stride = 1;
        for (var i = 0; i < radices.Count; i++)
        {
            var kind = i == 0 && inputSecondHalfZero ? FftStage.Pruning.InputSecondHalfZero
                : i == radices.Count - 1 && outputFirstHalfOnly ? FftStage.Pruning.OutputFirstHalfOnly
                : FftStage.Pruning.None;
            _stages[i] = new FftStage(radices[i], n, stride, inverse, kind);
            n /= radices[i];
            stride *= radices[i];
        }
    }

    public int Length { get; }

    /// <summary>True when an odd number of stages leaves the result in the scratch buffers rather than the data buffers.</summary>
    public bool ResultInScratch => _stages.Length % 2 == 1;

    /// <summary>True when <paramref name="length"/> has no prime factor other than 2, 3 and 5 (the fast radices).</summary>
    public static bool IsSmooth(int length)
    {
        if (length < 1)
        {
            return false;
        }

        foreach (var prime in (ReadOnlySpan<int>)[2, 3, 5])
        {
            while (length % prime == 0)
            {
                length /= prime;
            }
        }

        return length == 1;
    }

    /// <summary>
    /// Transforms columns <paramref name="firstColumn"/>..+<paramref name="columnCount"/> of the
    /// <see cref="Length"/> x <paramref name="stride"/> arrays; other columns of both buffer pairs are untouched.
    /// </summary>
    public void Transform(
        double[] re, double[] im, double[] scratchRe, double[] scratchIm, int stride, int firstColumn, int columnCount)
    {
        if (stride % Alignment != 0 || firstColumn % Alignment != 0 || columnCount % Alignment != 0
            || firstColumn + columnCount > stride || re.Length < Length * stride || scratchRe.Length < Length * stride)
        {
            throw new ArgumentException("Stride, first column and column count must be aligned and inside the buffers.");
        }

        var buffers = new FftBuffers(re, im, scratchRe, scratchIm);
        foreach (var stage in _stages)
        {
            stage.Run(buffers, stride, firstColumn, columnCount);
            buffers = buffers.Swapped();
        }
    }

    /// <summary>Radices in the order the stages run: 4s first (fewest passes over memory), then 2, 3, 5, then any other prime.</summary>
    private static List<int> Factor(int length)
    {
        if (length < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"FFT length must be positive; got {length}.");
        }

        var radices = new List<int>();
        while (length % 4 == 0)
        {
            radices.Add(4);
            length /= 4;
        }

        foreach (var radix in (ReadOnlySpan<int>)[2, 3, 5])
        {
            while (length % radix == 0)
            {
                radices.Add(radix);
                length /= radix;
            }
        }

        for (var prime = 7; length > 1; prime += 2)
        {
            while (length % prime == 0)
            {
                radices.Add(prime);
                length /= prime;
            }
        }

        return radices;
    }
}

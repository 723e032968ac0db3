namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// Multiplies the Toeplitz matrix of the squared Cauchy kernel 1 / (1 + |Δ|²)² between all pairs of nodes of an
/// n x n grid (spacing h) with several charge planes, by circulant embedding in S = 2n and a managed 2-D FFT
/// (<see cref="StockhamFft"/>), as openTSNE does with FFTW. Two real planes travel as one complex plane A + iB (the
/// kernel's spectrum is real, so the real and imaginary parts of the result are A's and B's potentials). The transform
/// is pruned: x-pass over the n non-zero columns with half its input zero, transpose, y-pass with half its input zero,
/// multiplication, inverse y-pass computing only the n wanted rows, transpose, inverse x-pass computing only n rows.
/// The kernel's own spectrum is recomputed per call (the spacing changes as the map grows); since the kernel is real
/// and even in both offsets, two of its columns (then rows) share one complex transform and come out real.
/// Work is split into column blocks of every pass (no barrier inside a transform). Not thread-safe: one instance per
/// objective, buffers reused while n stays the same.
/// Planes are compact: node (gx, gy) of plane t at t·n² + gx·n + gy.
/// </summary>
internal sealed class KernelConvolution
{
    /// <summary>
    /// Columns per parallel work item. Measured with tsne-fft-profile (2026-12-02, load 12-16, before the q loop moved
    /// into the butterflies): 8 and 16 columns lost to per-call overhead, 32-128 were within noise of each other; 64 leaves
    /// at least 4 items for 2 threads at n = 240.
    /// </summary>
    private const int ColumnBlock = 64;

    private int _nodes = -1;
    private int _side;
    private int _narrowStride;
    private int _wideStride;
    private StockhamFft _forwardHalfInput = null!;
    private StockhamFft _inverseHalfOutput = null!;
    private StockhamFft _forward = null!;
    private TransformBuffers _narrow = null!;
    private TransformBuffers _wide = null!;
    private double[] _spectrum = [];

    /// <param name="planes">planeCount (even) compact n x n charge planes; overwritten with the potentials.</param>
    public void Convolve(double[] planes, int planeCount, int nodes, double spacing)
    {
        if (planeCount % 2 != 0 || planes.Length < planeCount * nodes * nodes)
        {
            throw new ArgumentException($"Need an even number of {nodes} x {nodes} planes; got {planeCount}.", nameof(planeCount));
        }

        Prepare(nodes);
        ComputeKernelSpectrum(spacing);
        for (var pair = 0; pair < planeCount / 2; pair++)
        {
            ConvolvePair(planes, 2 * pair * nodes * nodes, (2 * pair + 1) * nodes * nodes);
        }
    }

    private void Prepare(int nodes)
    {
        if (nodes == _nodes)
        {
            return;
        }

        _side = 2 * nodes;
        _nodes = nodes;
        _narrowStride = AlignUp(nodes);
        _wideStride = AlignUp(_side);
        _forwardHalfInput = new StockhamFft(_side, inverse: false, inputSecondHalfZero: true);
        _inverseHalfOutput = new StockhamFft(_side, inverse: true, outputFirstHalfOnly: true);
        _forward = new StockhamFft(_side, inverse: false);
        _narrow = new TransformBuffers(_side * _narrowStride);
        _wide = new TransformBuffers(_side * _wideStride);
        _spectrum = new double[_side * _wideStride];
    }

    private static int AlignUp(int value) => (value + StockhamFft.Alignment - 1) / StockhamFft.Alignment * StockhamFft.Alignment;

    private static void ForColumnBlocks(int columns, Action<int, int> transform)
    {
        var blocks = (columns + ColumnBlock - 1) / ColumnBlock;
        Parallel.For(0, blocks, block =>
        {
            var first = block * ColumnBlock;
            transform(first, Math.Min(ColumnBlock, columns - first));
        });
    }

    private void ConvolvePair(double[] planes, int offsetA, int offsetB)
    {
        int n = _nodes, side = _side, narrow = _narrowStride, wide = _wideStride;
        var x = _narrow;
        Parallel.For(0, n, gx =>
        {
            planes.AsSpan(offsetA + gx * n, n).CopyTo(x.Re.AsSpan(gx * narrow, n));
            planes.AsSpan(offsetB + gx * n, n).CopyTo(x.Im.AsSpan(gx * narrow, n));
            x.Re.AsSpan(gx * narrow + n, narrow - n).Clear();
            x.Im.AsSpan(gx * narrow + n, narrow - n).Clear();
        });

        ForColumnBlocks(narrow, (first, count) => _forwardHalfInput.Transform(x.Re, x.Im, x.ScratchRe, x.ScratchIm, narrow, first, count));
        var xSpectrum = _forwardHalfInput.ResultInScratch ? x.Swapped() : x;
        var y = _wide;
        SplitTranspose.Run(xSpectrum.Re, xSpectrum.Im, narrow, y.Re, y.Im, wide, rows: side, columns: n);

        ForColumnBlocks(wide, (first, count) =>
        {
            _forwardHalfInput.Transform(y.Re, y.Im, y.ScratchRe, y.ScratchIm, wide, first, count);
            var spectrum = _forwardHalfInput.ResultInScratch ? y.Swapped() : y;
            for (var ky = 0; ky < side; ky++)
            {
                var row = ky * wide + first;
                for (var c = 0; c < count; c++)
                {
                    spectrum.Re[row + c] *= _spectrum[row + c];
                    spectrum.Im[row + c] *= _spectrum[row + c];
                }
            }

            _inverseHalfOutput.Transform(spectrum.Re, spectrum.Im, spectrum.ScratchRe, spectrum.ScratchIm, wide, first, count);
        });

        var yPotentials = (_forwardHalfInput.ResultInScratch ^ _inverseHalfOutput.ResultInScratch) ? y.Swapped() : y;
        SplitTranspose.Run(yPotentials.Re, yPotentials.Im, wide, x.Re, x.Im, narrow, rows: n, columns: side);

        ForColumnBlocks(narrow, (first, count) => _inverseHalfOutput.Transform(x.Re, x.Im, x.ScratchRe, x.ScratchIm, narrow, first, count));
        var potentials = _inverseHalfOutput.ResultInScratch ? x.Swapped() : x;
        Parallel.For(0, n, gx =>
        {
            potentials.Re.AsSpan(gx * narrow, n).CopyTo(planes.AsSpan(offsetA + gx * n, n));
            potentials.Im.AsSpan(gx * narrow, n).CopyTo(planes.AsSpan(offsetB + gx * n, n));
        });
    }

    /// <summary>
    /// Real spectrum of the circulant kernel K(u, v) = (1 + h²(δ(u)² + δ(v)²))^-2, δ(u) = u for u &lt; n and u - S
    /// above (the offset n never pairs two nodes and is set to 0), scaled by 1/S² for the unnormalised inverse.
    /// Stored at [ky·wide + kx].
    /// </summary>
    private void ComputeKernelSpectrum(double spacing)
    {
        int n = _nodes, side = _side, narrow = _narrowStride, wide = _wideStride;
        var x = _narrow;
        double Kernel(int u, int v)
        {
            if (u == n || v == n)
            {
                return 0;
            }

            var du = (u < n ? u : u - side) * spacing;
            var dv = (v < n ? v : v - side) * spacing;
            var q = 1 / (1 + du * du + dv * dv);
            return q * q;
        }

        // Columns v and v + n travel as one complex column; the transform along u of an even real column is real.
        Parallel.For(0, side, u =>
        {
            for (var v = 0; v < n; v++)
            {
                x.Re[u * narrow + v] = Kernel(u, v);
                x.Im[u * narrow + v] = Kernel(u, v + n);
            }

            x.Re.AsSpan(u * narrow + n, narrow - n).Clear();
            x.Im.AsSpan(u * narrow + n, narrow - n).Clear();
        });
        ForColumnBlocks(narrow, (first, count) => _forward.Transform(x.Re, x.Im, x.ScratchRe, x.ScratchIm, narrow, first, count));
        var partial = _forward.ResultInScratch ? x.Swapped() : x;
        var packed = partial.Swapped();

        // partial[ku][v] (real) is Re[ku][v] for v < n and Im[ku][v - n] above; rows ku and ku + n now share one
        // complex row of the transpose: packed[v][ku] = partial[ku][v] + i·partial[ku + n][v].
        Parallel.For(0, side, v =>
        {
            var source = v < n ? partial.Re : partial.Im;
            var column = v < n ? v : v - n;
            for (var ku = 0; ku < n; ku++)
            {
                packed.Re[v * narrow + ku] = source[ku * narrow + column];
                packed.Im[v * narrow + ku] = source[(ku + n) * narrow + column];
            }

            packed.Re.AsSpan(v * narrow + n, narrow - n).Clear();
            packed.Im.AsSpan(v * narrow + n, narrow - n).Clear();
        });
        ForColumnBlocks(narrow, (first, count) => _forward.Transform(packed.Re, packed.Im, packed.ScratchRe, packed.ScratchIm, narrow, first, count));
        var full = _forward.ResultInScratch ? packed.Swapped() : packed;

        // full[kv][ku] = K̂(ku, kv) + i·K̂(ku + n, kv); the table is indexed [ky][kx] with kx the x (u) frequency.
        var scale = 1.0 / ((double)side * side);
        Parallel.For(0, side, ky =>
        {
            for (var kx = 0; kx < n; kx++)
            {
                _spectrum[ky * wide + kx] = full.Re[ky * narrow + kx] * scale;
                _spectrum[ky * wide + kx + n] = full.Im[ky * narrow + kx] * scale;
            }
        });
    }

    /// <summary>A data and a scratch pair of split-complex arrays; <see cref="Swapped"/> exchanges their roles.</summary>
    private sealed record TransformBuffers(double[] Re, double[] Im, double[] ScratchRe, double[] ScratchIm)
    {
        public TransformBuffers(int length)
            : this(new double[length], new double[length], new double[length], new double[length])
        {
        }

        public TransformBuffers Swapped() => new(ScratchRe, ScratchIm, Re, Im);
    }
}

namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// FFT-accelerated interpolation t-SNE gradient (Linderman et al., Nature Methods 2019; openTSNE's
/// estimate_negative_gradient_fft_2d with one degree of freedom): attraction over the sparse P exactly, repulsion
/// and its normaliser Z from four kernel sums Σ_j K²(y_i, y_j)·{1, x_j, y_j, |y_j|²} that are interpolated on a grid
/// (<see cref="InterpolationGrid"/>) and convolved by FFT (<see cref="KernelConvolution"/>). Since K = K²(1 + |Δ|²),
/// Z = Σ_i [(1 + |y_i|²) φ₀ - 2 y_i·(φ₁, φ₂) + φ₃] - N and the repulsion is y_i φ₀ - (φ₁, φ₂).
/// Deterministic: every grid node is written by one thread, in point order.
/// </summary>
internal sealed class FftObjective(JointAffinities affinities, int interpolationPoints, int minIntervals, double intervalsPerUnit)
    : ITsneObjective
{
    private const int Terms = 4;
    private readonly LagrangeWeights _lagrange = new(interpolationPoints);
    private readonly KernelConvolution _convolution = new();
    private double[] _repulsion = [];
    private double[] _planes = [];

    public double Exaggeration { get; set; } = 1;

    /// <summary>Charged with the time of each phase of every evaluation when set (bench tsne-profile).</summary>
    public PhaseClock? Clock { get; init; }

    /// <summary>Grid boxes per dimension of the last evaluation (for profiling and docs).</summary>
    public int LastBoxes { get; private set; }

    public double Evaluate(double[] positions, double[] gradient, bool computeError)
    {
        var n = affinities.PointCount;
        Clock?.Restart();
        var normalizer = Repel(positions, n);
        var error = ChunkedRange.Sum(n, (start, end) => SparseAttraction.Combine(
            affinities, positions, gradient, _repulsion, normalizer, Exaggeration, computeError, start, end));
        Clock?.Lap("attraction");
        return computeError ? error : double.NaN;
    }

    /// <summary>Fills the unnormalised repulsion Σ_j K²(y_i - y_j)(y_i - y_j) of every point; returns Z.</summary>
    internal double Repel(double[] positions, int n)
    {
        if (_repulsion.Length != 2 * n)
        {
            _repulsion = new double[2 * n];
        }

        var grid = InterpolationGrid.Cover(positions, n, interpolationPoints, minIntervals, intervalsPerUnit);
        LastBoxes = grid.Boxes;
        var p = interpolationPoints;
        var boxX = new int[n];
        var boxY = new int[n];
        var weightsX = new double[n * p];
        var weightsY = new double[n * p];
        Parallel.For(0, n, i =>
        {
            boxX[i] = grid.Locate(positions[2 * i] - grid.CenterX, out var u);
            boxY[i] = grid.Locate(positions[2 * i + 1] - grid.CenterY, out var v);
            _lagrange.Evaluate(u, weightsX.AsSpan(i * p, p));
            _lagrange.Evaluate(v, weightsY.AsSpan(i * p, p));
        });

        Clock?.Lap("grid and weights");
        var nodes = grid.Nodes;
        if (_planes.Length != Terms * nodes * nodes)
        {
            _planes = new double[Terms * nodes * nodes];
        }
        else
        {
            Array.Clear(_planes);
        }

        Scatter(positions, grid, boxX, boxY, weightsX, weightsY, nodes);
        Clock?.Lap("scatter");
        _convolution.Convolve(_planes, Terms, grid.Nodes, grid.NodeSpacing);
        Clock?.Lap("convolution");
        var normalizer = Gather(positions, grid, boxX, boxY, weightsX, weightsY, nodes);
        Clock?.Lap("gather");
        return normalizer;
    }

    /// <summary>Spreads each point's charges onto its box's p x p nodes; box columns are owned by one thread each.</summary>
    private void Scatter(double[] positions, InterpolationGrid grid, int[] boxX, int[] boxY, double[] weightsX, double[] weightsY, int nodes)
    {
        var n = boxX.Length;
        var p = interpolationPoints;
        var plane = nodes * nodes;
        var byColumn = PointsByBoxColumn(boxX, grid.Boxes, out var columnStart);
        Parallel.For(0, grid.Boxes, column =>
        {
            for (var k = columnStart[column]; k < columnStart[column + 1]; k++)
            {
                var i = byColumn[k];
                var x = positions[2 * i] - grid.CenterX;
                var y = positions[2 * i + 1] - grid.CenterY;
                var squared = x * x + y * y;
                for (var a = 0; a < p; a++)
                {
                    var row = (boxX[i] * p + a) * nodes + boxY[i] * p;
                    var wx = weightsX[i * p + a];
                    for (var b = 0; b < p; b++)
                    {
                        var weight = wx * weightsY[i * p + b];
                        var node = row + b;
                        _planes[node] += weight;
                        _planes[plane + node] += weight * x;
                        _planes[2 * plane + node] += weight * y;
                        _planes[3 * plane + node] += weight * squared;
                    }
                }
            }
        });
    }

    /// <summary>Interpolates the four potentials back to each point; returns Z.</summary>
    private double Gather(double[] positions, InterpolationGrid grid, int[] boxX, int[] boxY, double[] weightsX, double[] weightsY, int nodes)
    {
        var p = interpolationPoints;
        var plane = nodes * nodes;
        return ChunkedRange.Sum(boxX.Length, (start, end) =>
        {
            var normalizer = 0.0;
            for (var i = start; i < end; i++)
            {
                double phi0 = 0, phi1 = 0, phi2 = 0, phi3 = 0;
                for (var a = 0; a < p; a++)
                {
                    var row = (boxX[i] * p + a) * nodes + boxY[i] * p;
                    var wx = weightsX[i * p + a];
                    for (var b = 0; b < p; b++)
                    {
                        var weight = wx * weightsY[i * p + b];
                        var node = row + b;
                        phi0 += weight * _planes[node];
                        phi1 += weight * _planes[plane + node];
                        phi2 += weight * _planes[2 * plane + node];
                        phi3 += weight * _planes[3 * plane + node];
                    }
                }

                var x = positions[2 * i] - grid.CenterX;
                var y = positions[2 * i + 1] - grid.CenterY;
                // Σ_j K(y_i, y_j) including j = i (K = 1), hence the - 1 per point.
                normalizer += (1 + x * x + y * y) * phi0 - 2 * (x * phi1 + y * phi2) + phi3 - 1;
                _repulsion[2 * i] = x * phi0 - phi1;
                _repulsion[2 * i + 1] = y * phi0 - phi2;
            }

            return normalizer;
        });
    }

    /// <summary>Counting sort of the points by box column, keeping point order within a column.</summary>
    private static int[] PointsByBoxColumn(int[] boxX, int boxes, out int[] columnStart)
    {
        columnStart = new int[boxes + 1];
        foreach (var column in boxX)
        {
            columnStart[column + 1]++;
        }

        for (var c = 0; c < boxes; c++)
        {
            columnStart[c + 1] += columnStart[c];
        }

        var fill = (int[])columnStart.Clone();
        var order = new int[boxX.Length];
        for (var i = 0; i < boxX.Length; i++)
        {
            order[fill[boxX[i]]++] = i;
        }

        return order;
    }
}

namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>Exact t-SNE gradient over all pairs, as scikit-learn's _kl_divergence with one degree of freedom.</summary>
internal sealed class ExactObjective : ITsneObjective
{
    private const double MachineEpsilon = 2.220446049250313e-16;
    private readonly double[] _joint;
    private readonly int _n;

    /// <param name="affinities">Sparse P; densified with scikit-learn's floor of machine epsilon on every pair.</param>
    public ExactObjective(JointAffinities affinities)
    {
        _n = affinities.PointCount;
        _joint = new double[_n * _n];
        Array.Fill(_joint, MachineEpsilon);
        for (var i = 0; i < _n; i++)
        {
            for (var e = affinities.RowStart[i]; e < affinities.RowStart[i + 1]; e++)
            {
                _joint[i * _n + affinities.Columns[e]] = Math.Max(affinities.Values[e], MachineEpsilon);
            }
        }
    }

    public double Exaggeration { get; set; } = 1;

    public double Evaluate(double[] positions, double[] gradient, bool computeError)
    {
        var normalizer = ChunkedRange.Sum(_n, (start, end) => KernelSum(positions, start, end));
        var error = ChunkedRange.Sum(_n, (start, end) => Gradient(positions, gradient, start, end, normalizer, computeError));
        return computeError ? error : double.NaN;
    }

    private double KernelSum(double[] positions, int start, int end)
    {
        var sum = 0.0;
        for (var i = start; i < end; i++)
        {
            double x = positions[2 * i], y = positions[2 * i + 1];
            for (var j = 0; j < _n; j++)
            {
                var dx = x - positions[2 * j];
                var dy = y - positions[2 * j + 1];
                sum += j == i ? 0 : 1 / (1 + dx * dx + dy * dy);
            }
        }

        return sum;
    }

    private double Gradient(double[] positions, double[] gradient, int start, int end, double normalizer, bool computeError)
    {
        var error = 0.0;
        for (var i = start; i < end; i++)
        {
            double x = positions[2 * i], y = positions[2 * i + 1];
            double gradientX = 0, gradientY = 0;
            var row = _joint.AsSpan(i * _n, _n);
            for (var j = 0; j < _n; j++)
            {
                if (j == i)
                {
                    continue;
                }

                var dx = x - positions[2 * j];
                var dy = y - positions[2 * j + 1];
                var kernel = 1 / (1 + dx * dx + dy * dy);
                var p = row[j] * Exaggeration;
                var q = Math.Max(kernel / normalizer, MachineEpsilon);
                var weight = (p - q) * kernel;
                gradientX += weight * dx;
                gradientY += weight * dy;
                if (computeError)
                {
                    error += p * Math.Log(p / q);
                }
            }

            gradient[2 * i] = 4 * gradientX;
            gradient[2 * i + 1] = 4 * gradientY;
        }

        return error;
    }
}

namespace SocioRunner.Explain.Tsne.Internal;

/// <summary>
/// Barnes–Hut t-SNE gradient (van der Maaten 2014, as scikit-learn's _barnes_hut_tsne with one degree of
/// freedom): attraction over the sparse P exactly, repulsion from quadtree cells that look small from the point.
/// Unlike scikit-learn, a point's own leaf is left out of the normaliser Z (self-pairs are not in Q).
/// </summary>
internal sealed class BarnesHutObjective(JointAffinities affinities, double theta) : ITsneObjective
{
    private const double Tiny = 1.1754943508222875e-38; // float32 tiny, the clamp scikit-learn's KL uses
    private readonly QuadTree _tree = new();
    private readonly double _thetaSquared = theta * theta;
    private double[] _repulsion = [];

    public double Exaggeration { get; set; } = 1;

    public double Evaluate(double[] positions, double[] gradient, bool computeError)
    {
        var n = affinities.PointCount;
        if (_repulsion.Length != 2 * n)
        {
            _repulsion = new double[2 * n];
        }

        _tree.Build(positions, n);
        var normalizer = ChunkedRange.Sum(n, (start, end) => Repel(positions, start, end));
        var error = ChunkedRange.Sum(n, (start, end) => Attract(positions, gradient, start, end, normalizer, computeError));
        return computeError ? error : double.NaN;
    }

    /// <summary>Unnormalised repulsion Σ q²(yi - yj) per point; returns this range's share of Z = Σ q.</summary>
    private double Repel(double[] positions, int start, int end)
    {
        var nodes = _tree.Nodes;
        var leafOfPoint = _tree.LeafOfPoint;
        Span<int> stack = stackalloc int[4 * QuadTree.MaxDepth + 8];
        var normalizer = 0.0;
        for (var i = start; i < end; i++)
        {
            double x = positions[2 * i], y = positions[2 * i + 1];
            double forceX = 0, forceY = 0, z = 0;
            var top = 0;
            stack[top++] = 0;
            while (top > 0)
            {
                var index = stack[--top];
                ref readonly var node = ref nodes[index];
                if (node.Count == 0)
                {
                    continue;
                }

                var dx = x - node.MassX;
                var dy = y - node.MassY;
                var distanceSquared = dx * dx + dy * dy;
                if (node.FirstChild >= 0 && node.WidthSquared >= _thetaSquared * distanceSquared)
                {
                    var child = node.FirstChild;
                    stack[top++] = child;
                    stack[top++] = child + 1;
                    stack[top++] = child + 2;
                    stack[top++] = child + 3;
                    continue;
                }

                var size = index == leafOfPoint[i] ? node.Count - 1 : node.Count;
                var q = 1 / (1 + distanceSquared);
                z += size * q;
                var weight = size * q * q;
                forceX += weight * dx;
                forceY += weight * dy;
            }

            _repulsion[2 * i] = forceX;
            _repulsion[2 * i + 1] = forceY;
            normalizer += z;
        }

        return normalizer;
    }

    /// <summary>Combines attraction with the normalised repulsion into the gradient; returns this range's KL share.</summary>
    private double Attract(double[] positions, double[] gradient, int start, int end, double normalizer, bool computeError)
    {
        var rowStart = affinities.RowStart;
        var columns = affinities.Columns;
        var values = affinities.Values;
        var error = 0.0;
        var exaggeration = Exaggeration;
        for (var i = start; i < end; i++)
        {
            double x = positions[2 * i], y = positions[2 * i + 1];
            double forceX = 0, forceY = 0;
            for (var e = rowStart[i]; e < rowStart[i + 1]; e++)
            {
                var j = columns[e];
                var dx = x - positions[2 * j];
                var dy = y - positions[2 * j + 1];
                var q = 1 / (1 + dx * dx + dy * dy);
                var p = values[e] * exaggeration;
                forceX += p * q * dx;
                forceY += p * q * dy;
                if (computeError)
                {
                    error += p * Math.Log(Math.Max(p, Tiny) / Math.Max(q / normalizer, Tiny));
                }
            }

            // dKL/dy = 4 (Σ p q (yi - yj) - Σ q² (yi - yj) / Z) for one degree of freedom.
            gradient[2 * i] = 4 * (forceX - _repulsion[2 * i] / normalizer);
            gradient[2 * i + 1] = 4 * (forceY - _repulsion[2 * i + 1] / normalizer);
        }

        return error;
    }
}

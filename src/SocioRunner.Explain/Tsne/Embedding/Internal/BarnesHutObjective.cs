namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// Barnes–Hut t-SNE gradient (van der Maaten 2014, as scikit-learn's _barnes_hut_tsne with one degree of
/// freedom): attraction over the sparse P exactly, repulsion from quadtree cells that look small from the point.
/// Unlike scikit-learn, a point's own leaf is left out of the normaliser Z (self-pairs are not in Q).
/// </summary>
internal sealed class BarnesHutObjective(JointAffinities affinities, double theta) : ITsneObjective
{
    private readonly QuadTree _tree = new();
    private readonly double _thetaSquared = theta * theta;
    private double[] _repulsion = [];
    private int[] _order = [];
    private ulong[] _orderKeys = [];

    public double Exaggeration { get; set; } = 1;

    public double Evaluate(double[] positions, double[] gradient, bool computeError)
    {
        var n = affinities.PointCount;
        if (_repulsion.Length != 2 * n)
        {
            _repulsion = new double[2 * n];
        }

        _tree.Build(positions, n);
        SortAlongZCurve(positions, n);
        var normalizer = ChunkedRange.Sum(n, (start, end) => Repel(positions, start, end));
        var error = ChunkedRange.Sum(n, (start, end) => SparseAttraction.Combine(
            affinities, positions, gradient, _repulsion, normalizer, Exaggeration, computeError, start, end));
        return computeError ? error : double.NaN;
    }

    /// <summary>Unnormalised repulsion Σ q²(yi - yj) per point; returns this range's share of Z = Σ q.</summary>
    private double Repel(double[] positions, int start, int end)
    {
        var nodes = _tree.Nodes;
        var leafOfPoint = _tree.LeafOfPoint;
        Span<int> stack = stackalloc int[4 * QuadTree.MaxDepth + 8];
        var normalizer = 0.0;
        for (var position = start; position < end; position++)
        {
            var i = _order[position];
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

    /// <summary>
    /// Visits points in Z-order so consecutive traversals open nearly the same cells: the touched part of the
    /// node array stays in cache, which matters once the tree outgrows L2 (N in the tens of thousands).
    /// </summary>
    private void SortAlongZCurve(double[] positions, int n)
    {
        if (_order.Length != n)
        {
            _order = new int[n];
            _orderKeys = new ulong[n];
        }

        double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue;
        for (var i = 0; i < n; i++)
        {
            minX = Math.Min(minX, positions[2 * i]);
            maxX = Math.Max(maxX, positions[2 * i]);
            minY = Math.Min(minY, positions[2 * i + 1]);
            maxY = Math.Max(maxY, positions[2 * i + 1]);
        }

        var scaleX = 65535 / Math.Max(maxX - minX, 1e-300);
        var scaleY = 65535 / Math.Max(maxY - minY, 1e-300);
        for (var i = 0; i < n; i++)
        {
            var qx = (uint)((positions[2 * i] - minX) * scaleX);
            var qy = (uint)((positions[2 * i + 1] - minY) * scaleY);
            // Key = interleaved bits, with the index in the low bits so equal cells sort deterministically.
            _orderKeys[i] = ((ulong)(System.Runtime.Intrinsics.X86.Bmi2.X64.IsSupported
                ? System.Runtime.Intrinsics.X86.Bmi2.X64.ParallelBitDeposit(qx, 0x5555_5555UL)
                    | System.Runtime.Intrinsics.X86.Bmi2.X64.ParallelBitDeposit(qy, 0xAAAA_AAAAUL)
                : Interleave(qx, qy)) << 32) | (uint)i;
            _order[i] = i;
        }

        Array.Sort(_orderKeys, _order);
    }

    private static ulong Interleave(uint x, uint y)
    {
        ulong key = 0;
        for (var bit = 0; bit < 16; bit++)
        {
            key |= ((ulong)((x >> bit) & 1) << (2 * bit)) | ((ulong)((y >> bit) & 1) << (2 * bit + 1));
        }

        return key;
    }
}

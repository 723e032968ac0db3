namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// Point-region quadtree over the 2-D map, stored in flat arrays and rebuilt in place every iteration
/// so the Barnes–Hut loop allocates nothing once the arrays have grown to size.
/// Children of a node are four consecutive slots starting at <see cref="QuadNode.FirstChild"/>.
/// </summary>
internal sealed class QuadTree
{
    // Coincident or nearly coincident points would otherwise split forever; past this depth they share a leaf.
    public const int MaxDepth = 48;

    private QuadNode[] _nodes = new QuadNode[1024];
    private double[] _centerX = new double[1024];
    private double[] _centerY = new double[1024];
    private double[] _halfWidth = new double[1024];
    private int[] _leafPoint = new int[1024];
    private int[] _leafOfPoint = [];
    private double[] _positions = [];
    private int _nodeCount;

    public QuadNode[] Nodes => _nodes;

    /// <summary>The leaf holding each point, so a point can leave itself out of its own repulsion.</summary>
    public int[] LeafOfPoint => _leafOfPoint;

    public void Build(double[] positions, int pointCount)
    {
        if (_leafOfPoint.Length != pointCount)
        {
            _leafOfPoint = new int[pointCount];
        }

        var (minX, maxX, minY, maxY) = Bounds(positions, pointCount);
        // A square root cell slightly larger than the data keeps every point strictly inside.
        var width = Math.Max(maxX - minX, maxY - minY);
        width = width * (1 + 1e-3) + 1e-12;
        _nodeCount = 0;
        NewNode((minX + maxX) / 2, (minY + maxY) / 2, width / 2);
        for (var p = 0; p < pointCount; p++)
        {
            Insert(p, positions[2 * p], positions[2 * p + 1]);
        }

        for (var node = 0; node < _nodeCount; node++)
        {
            ref var n = ref _nodes[node];
            if (n.Count > 0)
            {
                n.MassX /= n.Count;
                n.MassY /= n.Count;
            }
        }
    }

    private void Insert(int point, double x, double y)
    {
        var node = 0;
        for (var depth = 0; ; depth++)
        {
            ref var current = ref _nodes[node];
            if (current.FirstChild < 0)
            {
                if (current.Count == 0 || depth >= MaxDepth || IsSamePosition(_leafPoint[node], x, y))
                {
                    if (current.Count == 0)
                    {
                        _leafPoint[node] = point;
                    }

                    current.Count++;
                    current.MassX += x;
                    current.MassY += y;
                    _leafOfPoint[point] = node;
                    return;
                }

                Split(node);
            }

            ref var parent = ref _nodes[node];
            parent.Count++;
            parent.MassX += x;
            parent.MassY += y;
            node = parent.FirstChild + Quadrant(node, x, y);
        }
    }

    private bool IsSamePosition(int point, double x, double y) =>
        _positions.Length > 0 && _positions[2 * point] == x && _positions[2 * point + 1] == y;

    /// <summary>Turns a one-point leaf into an internal node whose single occupant moves to the right child.</summary>
    private void Split(int node)
    {
        var half = _halfWidth[node] / 2;
        var first = _nodeCount;
        for (var quadrant = 0; quadrant < 4; quadrant++)
        {
            NewNode(
                _centerX[node] + ((quadrant & 1) == 0 ? -half : half),
                _centerY[node] + ((quadrant & 2) == 0 ? -half : half),
                half);
        }

        ref var parent = ref _nodes[node];
        parent.FirstChild = first;
        var occupant = _leafPoint[node];
        var child = first + Quadrant(node, _positions[2 * occupant], _positions[2 * occupant + 1]);
        ref var moved = ref _nodes[child];
        moved.Count = parent.Count;
        moved.MassX = parent.MassX;
        moved.MassY = parent.MassY;
        _leafPoint[child] = occupant;
        _leafOfPoint[occupant] = child;
    }

    private int Quadrant(int node, double x, double y) =>
        (x < _centerX[node] ? 0 : 1) | (y < _centerY[node] ? 0 : 2);

    private void NewNode(double centerX, double centerY, double halfWidth)
    {
        if (_nodeCount == _nodes.Length)
        {
            var size = _nodes.Length * 2;
            Array.Resize(ref _nodes, size);
            Array.Resize(ref _centerX, size);
            Array.Resize(ref _centerY, size);
            Array.Resize(ref _halfWidth, size);
            Array.Resize(ref _leafPoint, size);
        }

        _nodes[_nodeCount] = new QuadNode { FirstChild = -1, WidthSquared = 4 * halfWidth * halfWidth };
        _centerX[_nodeCount] = centerX;
        _centerY[_nodeCount] = centerY;
        _halfWidth[_nodeCount] = halfWidth;
        _leafPoint[_nodeCount] = -1;
        _nodeCount++;
    }

    private (double MinX, double MaxX, double MinY, double MaxY) Bounds(double[] positions, int pointCount)
    {
        _positions = positions;
        double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue;
        for (var p = 0; p < pointCount; p++)
        {
            minX = Math.Min(minX, positions[2 * p]);
            maxX = Math.Max(maxX, positions[2 * p]);
            minY = Math.Min(minY, positions[2 * p + 1]);
            maxY = Math.Max(maxY, positions[2 * p + 1]);
        }

        return (minX, maxX, minY, maxY);
    }
}

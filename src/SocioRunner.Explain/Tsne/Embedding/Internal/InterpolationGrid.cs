namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// The square grid of the FFT-accelerated gradient: the map's bounding square cut into B x B boxes, each holding
/// p x p equispaced interpolation nodes at ((a + ½) / p) of the box width, so every node belongs to exactly one box
/// and nodes are spaced h = width / p across the whole grid (the kernel matrix between nodes is then Toeplitz).
/// Coordinates are taken relative to the square's centre, which keeps the |y|² charges small.
/// </summary>
internal sealed class InterpolationGrid
{
    private InterpolationGrid(int boxes, int nodesPerBox, double origin, double boxWidth, double centerX, double centerY)
    {
        Boxes = boxes;
        NodesPerBox = nodesPerBox;
        Origin = origin;
        BoxWidth = boxWidth;
        CenterX = centerX;
        CenterY = centerY;
    }

    /// <summary>Boxes per dimension.</summary>
    public int Boxes { get; }

    /// <summary>Interpolation nodes per box and dimension (p).</summary>
    public int NodesPerBox { get; }

    /// <summary>Interpolation nodes per dimension, B·p.</summary>
    public int Nodes => Boxes * NodesPerBox;

    /// <summary>Distance between neighbouring nodes, h.</summary>
    public double NodeSpacing => BoxWidth / NodesPerBox;

    /// <summary>Lower bound of the square (both dimensions), relative to the centre.</summary>
    public double Origin { get; }

    public double BoxWidth { get; }

    public double CenterX { get; }

    public double CenterY { get; }

    /// <summary>Covers every point: at least <paramref name="minBoxes"/> boxes, about <paramref name="boxesPerUnit"/> per unit of extent.</summary>
    public static InterpolationGrid Cover(double[] positions, int n, int nodesPerBox, int minBoxes, double boxesPerUnit)
    {
        double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue;
        for (var i = 0; i < n; i++)
        {
            minX = Math.Min(minX, positions[2 * i]);
            maxX = Math.Max(maxX, positions[2 * i]);
            minY = Math.Min(minY, positions[2 * i + 1]);
            maxY = Math.Max(maxY, positions[2 * i + 1]);
        }

        // A square, so nodes are equally spaced in x and y and the kernel depends on the node offset only.
        var extent = Math.Max(Math.Max(maxX - minX, maxY - minY), 1e-12);
        var boxes = FftFriendly(Math.Max(minBoxes, (int)Math.Ceiling(extent * boxesPerUnit)), nodesPerBox);
        // Widen by a hair so the largest coordinate falls strictly inside the last box.
        var boxWidth = extent * (1 + 1e-9) / boxes;
        return new InterpolationGrid(boxes, nodesPerBox, -extent / 2, boxWidth, (minX + maxX) / 2, (minY + maxY) / 2);
    }

    /// <summary>The box of coordinate <paramref name="relative"/> (relative to the centre) and its position inside the box in [0, 1).</summary>
    public int Locate(double relative, out double inBox)
    {
        var scaled = (relative - Origin) / BoxWidth;
        var box = Math.Clamp((int)scaled, 0, Boxes - 1);
        inBox = scaled - box;
        return box;
    }

    /// <summary>
    /// Smallest box count >= <paramref name="boxes"/> whose padded FFT length 2·p·B has no prime factor above 5 apart
    /// from those of p itself: FFTs are fastest on such lengths and the count grows by a few percent at most.
    /// </summary>
    private static int FftFriendly(int boxes, int nodesPerBox)
    {
        var smoothPart = nodesPerBox;
        foreach (var prime in (ReadOnlySpan<int>)[2, 3, 5])
        {
            while (smoothPart % prime == 0)
            {
                smoothPart /= prime;
            }
        }

        for (var candidate = boxes; ; candidate++)
        {
            if (StockhamFft.IsSmooth(2 * nodesPerBox / smoothPart * candidate))
            {
                return candidate;
            }
        }
    }
}

namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>What the Barnes–Hut traversal reads of a quadtree cell, packed together for cache locality.</summary>
internal struct QuadNode
{
    /// <summary>Centre of mass once the tree is built (a running sum while it is being built).</summary>
    public double MassX;

    public double MassY;

    /// <summary>Squared side length of the cell, compared against θ²·distance².</summary>
    public double WidthSquared;

    public int Count;

    /// <summary>Index of the first of four children, or -1 for a leaf.</summary>
    public int FirstChild;
}

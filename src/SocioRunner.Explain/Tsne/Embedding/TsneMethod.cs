namespace SocioRunner.Explain.Tsne.Embedding;

/// <summary>How the t-SNE gradient is computed.</summary>
public enum TsneMethod
{
    /// <summary><see cref="Exact"/> up to <see cref="TsneEmbedderOptions.AutoExactMaxPoints"/> points, <see cref="BarnesHut"/> above.</summary>
    Auto,

    /// <summary>Dense affinities and O(N²) gradient per iteration; memory O(N²).</summary>
    Exact,

    /// <summary>Sparse kNN affinities (3·perplexity neighbours) and a quadtree approximation of the repulsive forces.</summary>
    BarnesHut,
}

namespace SocioRunner.Explain.Tsne.Embedding;

/// <summary>How the t-SNE gradient is computed.</summary>
public enum TsneMethod
{
    /// <summary>
    /// <see cref="Exact"/> up to <see cref="TsneEmbedderOptions.AutoExactMaxPoints"/> points, <see cref="BarnesHut"/> up to
    /// <see cref="TsneEmbedderOptions.AutoBarnesHutMaxPoints"/>, <see cref="Fft"/> above.
    /// </summary>
    Auto,

    /// <summary>Dense affinities and O(N²) gradient per iteration; memory O(N²).</summary>
    Exact,

    /// <summary>Sparse kNN affinities (3·perplexity neighbours) and a quadtree approximation of the repulsive forces: O(N log N) per iteration.</summary>
    BarnesHut,

    /// <summary>
    /// Sparse kNN affinities and repulsive forces interpolated on a grid and convolved by FFT (Linderman et al. 2019,
    /// FIt-SNE / openTSNE): O(N) per iteration plus an FFT whose size follows the map's extent, not N.
    /// </summary>
    Fft,
}

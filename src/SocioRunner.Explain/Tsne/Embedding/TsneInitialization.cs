namespace SocioRunner.Explain.Tsne.Embedding;

/// <summary>Starting layout of the embedding.</summary>
public enum TsneInitialization
{
    /// <summary>First two principal components, rescaled so the first has standard deviation 1e-4 (scikit-learn's 'pca').</summary>
    Pca,

    /// <summary>Independent normal coordinates with standard deviation 1e-4, drawn from the seed.</summary>
    Random,
}

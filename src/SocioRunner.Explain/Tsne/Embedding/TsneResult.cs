namespace SocioRunner.Explain.Tsne.Embedding;

/// <summary>A 2-D t-SNE map.</summary>
/// <param name="Coordinates">Row-major N x 2 coordinates: point i is at (Coordinates[2i], Coordinates[2i + 1]).</param>
/// <param name="KullbackLeiblerDivergence">KL(P || Q) of the final map (Barnes–Hut and FFT: with their approximate normaliser, as scikit-learn and openTSNE report).</param>
/// <param name="Iterations">Gradient-descent iterations actually run.</param>
/// <param name="Method">The gradient method used (never <see cref="TsneMethod.Auto"/>).</param>
public sealed record TsneResult(double[] Coordinates, double KullbackLeiblerDivergence, int Iterations, TsneMethod Method)
{
    /// <summary>The perplexity the affinities were calibrated to (lower than requested when the points were too few).</summary>
    public double Perplexity { get; init; }

    /// <summary>What the caller should show the user: settings the embedder had to change to run at all.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public int PointCount => Coordinates.Length / 2;

    public double X(int point) => Coordinates[2 * point];

    public double Y(int point) => Coordinates[2 * point + 1];
}

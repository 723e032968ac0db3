using System.ComponentModel.DataAnnotations;
using SocioRunner.Explain.Tsne.Embedding;

namespace SocioRunner.Explain.Tsne;

/// <summary>Options of <c>explain/tsne</c>; defaults as scikit-learn 1.2 (the original's t-SNE), but always seeded.</summary>
public sealed record TsneOptions
{
    /// <summary>Encoder stage whose activations are embedded (model + data input); ignored for an embeddings input.</summary>
    public string Layer { get; init; } = "avgpool";

    /// <summary>Split of the data input whose inputs are mapped.</summary>
    public string Split { get; init; } = "test";

    /// <summary>Effective neighbours per point; lowered to (N - 1) / 3 with a warning when the points are too few (as openTSNE).</summary>
    [Range(1e-3, 1e6)]
    public double Perplexity { get; init; } = 30;

    [Range(1, 1e6)]
    public double EarlyExaggeration { get; init; } = 12;

    [Range(0, 1_000_000)]
    public int ExaggerationIterations { get; init; } = 250;

    /// <summary><c>auto</c> (max(N / early_exaggeration / 4, 50)) or a positive number.</summary>
    public string LearningRate { get; init; } = "auto";

    [Range(1, 1_000_000)]
    public int Iterations { get; init; } = 1000;

    public TsneInitialization Init { get; init; } = TsneInitialization.Pca;

    /// <summary>
    /// <c>auto</c>: exact gradient up to 1000 points, Barnes–Hut up to <see cref="TsneEmbedderOptions.AutoBarnesHutMaxPoints"/>,
    /// FFT-accelerated interpolation (<c>fft</c>) above.
    /// </summary>
    public TsneMethod Method { get; init; } = TsneMethod.Auto;

    [Range(0, 1)]
    public double Theta { get; init; } = 0.5;

    /// <summary>The map's seed; empty means the node's seed (derived from the experiment seed).</summary>
    public int? Seed { get; init; }

    /// <summary>Neighbours k of the trustworthiness score.</summary>
    [Range(1, 1000)]
    public int TrustworthinessNeighbors { get; init; } = 10;

    /// <summary>With a tcav input: embed the CAVs of <see cref="Layer"/> together with the inputs (ids <c>cav:&lt;concept&gt;</c>), as the original's map.</summary>
    public bool IncludeCavs { get; init; }

    [Range(1, 4096)]
    public int BatchSize { get; init; } = 64;
}

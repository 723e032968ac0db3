namespace SocioRunner.Explain.Tsne.Embedding;

/// <summary>
/// Settings of <see cref="TsneEmbedder"/>. Defaults follow scikit-learn 1.2's TSNE
/// (perplexity 30, early exaggeration 12 for 250 iterations, automatic learning rate, PCA init, 1000 iterations).
/// </summary>
public sealed record TsneEmbedderOptions
{
    /// <summary>Points up to which <see cref="TsneMethod.Auto"/> uses the exact gradient.</summary>
    public const int AutoExactMaxPoints = 1000;

    /// <summary>
    /// Points up to which <see cref="TsneMethod.Auto"/> uses Barnes–Hut; above, the FFT method. Measured per iteration in
    /// process CPU time (2026-12-02, docs/benchmarks-tsne.md, managed FFT): Barnes–Hut is cheaper at 5,000 (9.1 vs 27.5 ms)
    /// and 20,000 (46.5 vs 81.2 ms), the FFT method at 100,000 (221 vs 364 ms; KL 2.061 vs 2.026). The ratio crosses 1 near
    /// 47,000 when interpolated in log N between the two measured sizes (not measured there); 50,000 is that estimate, rounded.
    /// (openTSNE switches at 10,000.)
    /// </summary>
    public const int AutoBarnesHutMaxPoints = 50_000;

    /// <summary>Seed of every random choice (random init, PCA sketch), so equal seeds give identical maps.</summary>
    public required int Seed { get; init; }

    /// <summary>
    /// Effective number of neighbours each point's Gaussian is calibrated to. Above (N - 1) / 3 there are too few
    /// points for it; the embedder then lowers it to (N - 1) / 3 with a warning, as openTSNE does.
    /// </summary>
    public double Perplexity { get; init; } = 30;

    public double EarlyExaggeration { get; init; } = 12;

    /// <summary>Iterations run with exaggerated affinities and momentum 0.5, before momentum 0.8.</summary>
    public int ExaggerationIterations { get; init; } = 250;

    /// <summary>Step size; null means scikit-learn's 'auto': max(N / EarlyExaggeration / 4, 50).</summary>
    public double? LearningRate { get; init; }

    /// <summary>Total gradient-descent iterations, including the exaggeration phase.</summary>
    public int Iterations { get; init; } = 1000;

    public TsneInitialization Initialization { get; init; } = TsneInitialization.Pca;

    public TsneMethod Method { get; init; } = TsneMethod.Auto;

    /// <summary>Barnes–Hut opening angle: cells whose width/distance is below it are summarised by their centre of mass.</summary>
    public double Theta { get; init; } = 0.5;

    /// <summary>FFT method: interpolation nodes per grid interval and dimension (openTSNE's default 3; error falls as h^p).</summary>
    public int InterpolationPoints { get; init; } = 3;

    /// <summary>FFT method: the grid has at least this many intervals per dimension (openTSNE's default 50).</summary>
    public int MinIntervals { get; init; } = 50;

    /// <summary>FFT method: grid intervals per unit of map extent, once the map spans more than <see cref="MinIntervals"/> units.</summary>
    public double IntervalsPerUnit { get; init; } = 1;

    /// <summary>Stop after this many iterations without a lower KL divergence (checked every 50), as scikit-learn.</summary>
    public int IterationsWithoutProgress { get; init; } = 300;

    /// <summary>Stop once the gradient norm falls to this value.</summary>
    public double MinGradientNorm { get; init; } = 1e-7;

    /// <summary>The learning rate actually used for <paramref name="pointCount"/> points.</summary>
    public double ResolveLearningRate(int pointCount) =>
        LearningRate ?? Math.Max(pointCount / EarlyExaggeration / 4, 50);

    /// <summary>The perplexity actually used for <paramref name="pointCount"/> points: at most (N - 1) / 3.</summary>
    public double ResolvePerplexity(int pointCount) => Math.Min(Perplexity, MaxPerplexity(pointCount));

    /// <summary>Largest perplexity <paramref name="pointCount"/> points support: each point needs about 3 x perplexity neighbours.</summary>
    public static double MaxPerplexity(int pointCount) => (pointCount - 1) / 3.0;

    /// <summary>The gradient method actually used for <paramref name="pointCount"/> points.</summary>
    public TsneMethod ResolveMethod(int pointCount) => Method switch
    {
        TsneMethod.Auto => pointCount <= AutoExactMaxPoints ? TsneMethod.Exact
            : pointCount <= AutoBarnesHutMaxPoints ? TsneMethod.BarnesHut : TsneMethod.Fft,
        _ => Method,
    };

    /// <summary>
    /// Checks the options against a data set of <paramref name="pointCount"/> points and throws one
    /// <see cref="ArgumentException"/> listing every problem, so a caller can show them all at once.
    /// </summary>
    public void Validate(int pointCount)
    {
        var problems = new List<string>();
        if (pointCount < 4)
        {
            problems.Add($"t-SNE needs at least 4 points; got {pointCount}.");
        }

        if (!(Perplexity > 0))
        {
            problems.Add($"perplexity must be positive; got {Perplexity}.");
        }

        if (!(EarlyExaggeration >= 1))
        {
            problems.Add($"early_exaggeration must be at least 1; got {EarlyExaggeration}.");
        }

        if (LearningRate is { } rate && !(rate > 0))
        {
            problems.Add($"learning_rate must be positive (or null for auto); got {rate}.");
        }

        if (Iterations < 1)
        {
            problems.Add($"iterations must be at least 1; got {Iterations}.");
        }

        if (ExaggerationIterations < 0 || ExaggerationIterations > Iterations)
        {
            problems.Add($"exaggeration_iterations must lie in [0, iterations = {Iterations}]; got {ExaggerationIterations}.");
        }

        if (!(Theta >= 0 && Theta <= 1))
        {
            problems.Add($"theta must lie in [0, 1]; got {Theta}.");
        }

        if (InterpolationPoints is < 1 or > 16)
        {
            problems.Add($"interpolation_points must lie in [1, 16]; got {InterpolationPoints}.");
        }

        if (MinIntervals < 1 || !(IntervalsPerUnit > 0))
        {
            problems.Add($"min_intervals must be at least 1 and intervals_per_unit positive; got {MinIntervals} and {IntervalsPerUnit}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid t-SNE options: " + string.Join(" ", problems));
        }
    }
}

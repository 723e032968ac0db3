namespace SocioRunner.Explain.Tsne.Embedding;

/// <summary>
/// Settings of <see cref="TsneEmbedder"/>. Defaults follow scikit-learn 1.2's TSNE
/// (perplexity 30, early exaggeration 12 for 250 iterations, automatic learning rate, PCA init, 1000 iterations).
/// </summary>
public sealed record TsneEmbedderOptions
{
    /// <summary>Points up to which <see cref="TsneMethod.Auto"/> uses the exact gradient.</summary>
    public const int AutoExactMaxPoints = 1000;

    /// <summary>Seed of every random choice (random init, PCA sketch), so equal seeds give identical maps.</summary>
    public required int Seed { get; init; }

    /// <summary>Effective number of neighbours each point's Gaussian is calibrated to; must be below N/3.</summary>
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

    /// <summary>Stop after this many iterations without a lower KL divergence (checked every 50), as scikit-learn.</summary>
    public int IterationsWithoutProgress { get; init; } = 300;

    /// <summary>Stop once the gradient norm falls to this value.</summary>
    public double MinGradientNorm { get; init; } = 1e-7;

    /// <summary>The learning rate actually used for <paramref name="pointCount"/> points.</summary>
    public double ResolveLearningRate(int pointCount) =>
        LearningRate ?? Math.Max(pointCount / EarlyExaggeration / 4, 50);

    /// <summary>The gradient method actually used for <paramref name="pointCount"/> points.</summary>
    public TsneMethod ResolveMethod(int pointCount) => Method switch
    {
        TsneMethod.Auto => pointCount <= AutoExactMaxPoints ? TsneMethod.Exact : TsneMethod.BarnesHut,
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
            problems.Add($"Perplexity must be positive; got {Perplexity}.");
        }
        else if (Perplexity >= pointCount / 3.0)
        {
            problems.Add(
                $"Perplexity {Perplexity} is too large for {pointCount} points: it must be below N/3 = {pointCount / 3.0:0.##} "
                + "(each point needs about 3 x perplexity neighbours). Lower the perplexity or embed more points.");
        }

        if (!(EarlyExaggeration >= 1))
        {
            problems.Add($"EarlyExaggeration must be at least 1; got {EarlyExaggeration}.");
        }

        if (LearningRate is { } rate && !(rate > 0))
        {
            problems.Add($"LearningRate must be positive (or null for auto); got {rate}.");
        }

        if (Iterations < 1)
        {
            problems.Add($"Iterations must be at least 1; got {Iterations}.");
        }

        if (ExaggerationIterations < 0 || ExaggerationIterations > Iterations)
        {
            problems.Add($"ExaggerationIterations must lie in [0, Iterations = {Iterations}]; got {ExaggerationIterations}.");
        }

        if (!(Theta >= 0 && Theta <= 1))
        {
            problems.Add($"Theta must lie in [0, 1]; got {Theta}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid t-SNE options: " + string.Join(" ", problems));
        }
    }
}

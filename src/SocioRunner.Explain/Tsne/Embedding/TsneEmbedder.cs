using SocioRunner.Explain.Tsne.Embedding.Internal;

namespace SocioRunner.Explain.Tsne.Embedding;

/// <summary>
/// Embeds high-dimensional feature vectors into a 2-D map with t-SNE, following scikit-learn 1.2's TSNE
/// (binary-searched perplexity, symmetric P, early exaggeration, momentum + gains descent, Student-t kernel with
/// one degree of freedom). Deterministic for a given <see cref="TsneEmbedderOptions.Seed"/> regardless of thread timing.
/// </summary>
public sealed class TsneEmbedder
{
    private readonly TsneEmbedderOptions _options;

    public TsneEmbedder(TsneEmbedderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Embeds one vector per row; every row must have the same length.</summary>
    public TsneResult Embed(IReadOnlyList<float[]> rows, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _options.Validate(rows.Count);
        return Embed(FeatureMatrix.FromRows(rows), cancellation);
    }

    /// <summary>Embeds a row-major <paramref name="rowCount"/> x <paramref name="columnCount"/> matrix.</summary>
    public TsneResult Embed(float[] values, int rowCount, int columnCount, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        _options.Validate(rowCount);
        return Embed(new FeatureMatrix(values, rowCount, columnCount), cancellation);
    }

    private TsneResult Embed(FeatureMatrix data, CancellationToken cancellation)
    {
        data.RequireFinite();
        var n = data.Rows;
        var method = _options.ResolveMethod(n);
        var perplexity = _options.ResolvePerplexity(n);
        var warnings = new List<string>();
        if (perplexity < _options.Perplexity)
        {
            warnings.Add(TsneWarnings.PerplexityLowered(_options.Perplexity, perplexity, n));
        }

        // Barnes–Hut and FFT only look at 3·perplexity neighbours (as scikit-learn); exact calibrates over all points.
        var neighborCount = method == TsneMethod.Exact ? n - 1 : Math.Min(n - 1, (int)(3 * perplexity + 1));
        var neighbors = ExactNearestNeighbors.Find(data, neighborCount);
        cancellation.ThrowIfCancellationRequested();
        var conditional = PerplexityCalibrator.ConditionalProbabilities(neighbors, perplexity);
        var affinities = JointAffinities.Symmetrize(neighbors, conditional);
        ITsneObjective objective = method switch
        {
            TsneMethod.Exact => new ExactObjective(affinities),
            TsneMethod.Fft => new FftObjective(affinities, _options.InterpolationPoints, _options.MinIntervals, _options.IntervalsPerUnit),
            _ => new BarnesHutObjective(affinities, _options.Theta),
        };

        var positions = InitialLayout.Create(data, _options.Initialization, _options.Seed);
        var descent = new GradientDescent(objective, _options.ResolveLearningRate(n), _options.MinGradientNorm);
        var exaggerationEnd = _options.ExaggerationIterations;
        objective.Exaggeration = _options.EarlyExaggeration;
        var (error, last) = descent.Run(positions, 0, exaggerationEnd, 0.5, exaggerationEnd, cancellation);
        objective.Exaggeration = 1;
        if (exaggerationEnd == 0)
        {
            last = -1;
        }

        if (last + 1 < _options.Iterations)
        {
            (error, last) = descent.Run(
                positions, last + 1, _options.Iterations, 0.8, _options.IterationsWithoutProgress, cancellation);
        }

        return new TsneResult(positions, error, last + 1, method) { Perplexity = perplexity, Warnings = warnings };
    }
}

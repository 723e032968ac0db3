using SocioRunner.Explain.Tcav.Analysis;
using SocioRunner.Explain.Tcav.Attribution;
using SocioRunner.Explain.Tcav.CavBanks;
using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav;

/// <summary>
/// The whole TCAV computation for one layer, from preprocessed images to scores: batched activations of the concept
/// and random-pool images, one batched attribution pass over the evaluation inputs, then CAV training and scoring on
/// arrays. <see cref="TcavNode"/> wraps it with file reading and writing; the benchmark calls it directly.
/// </summary>
public sealed class TcavLayerRunner(LayerAttributor attributor, TcavOptions options, int seed)
{
    /// <param name="concepts">Concept names and their images.</param>
    /// <param name="randomPool">Random pool images (needed for repeats or the random setting).</param>
    /// <param name="labels">True outcome per evaluation input (used for intervals unless interval_outcome is prediction).</param>
    /// <param name="randomSource">What the random pool is, in words (recorded with the results).</param>
    public (TcavLayerResult Result, CavBank Bank, LayerPass Pass) Run(
        string layer, IReadOnlyList<(string Name, ImageSource Images)> concepts, ImageSource? randomPool, ImageSource evaluation,
        IReadOnlyList<double> labels, Action<string>? describe = null, CancellationToken cancellation = default, string randomSource = "random pool")
    {
        describe?.Invoke($"TCAV {layer}: concept activations");
        var conceptActivations = concepts
            .Select(c => new LabelledActivations(c.Name, attributor.Activations(layer, c.Images, options.BatchSize, cancellation)))
            .ToArray();
        var pool = randomPool is null ? null : new LabelledActivations("random_pool", attributor.Activations(layer, randomPool, options.BatchSize, cancellation));
        describe?.Invoke($"TCAV {layer}: CAVs");
        var bank = CavBankBuilder.Build(layer, conceptActivations, pool,
            new CavBankSettings(options.Setting, options.MaxNegatives, options.Repeats, options.RandomSetSize, options.Classifier, seed, randomSource), cancellation);
        return Score(bank, evaluation, labels, describe, cancellation);
    }

    /// <summary>Scores an existing CAV bank (e.g. from an <c>explain/cavs</c> artifact) on the evaluation inputs.</summary>
    public (TcavLayerResult Result, CavBank Bank, LayerPass Pass) Score(
        CavBank bank, ImageSource evaluation, IReadOnlyList<double> labels, Action<string>? describe = null, CancellationToken cancellation = default)
    {
        string layer = bank.Layer;
        describe?.Invoke($"TCAV {layer}: attributions");
        var settings = new AttributionSettings(options.Attribution, options.Steps, options.Integration, options.Baseline, options.BatchSize);
        var pass = attributor.Attribute(layer, evaluation, settings, cancellation);
        describe?.Invoke($"TCAV {layer}: scores");
        var outcomes = options.IntervalOutcome == IntervalOutcome.Label ? labels : pass.Predictions;
        var result = TcavAnalyzer.Analyze(bank, pass.Attributions, pass.Activations, outcomes,
            new TcavAnalysisSettings(options.Intervals, options.Correction, options.SignificanceLevel, options.NearChanceMargin,
                options.MinEffect * StandardDeviation(labels), options.Attribution == AttributionMethod.Gradient));
        return (result, bank, pass);
    }

    static double StandardDeviation(IReadOnlyList<double> values) =>
        values.Count < 2 ? 0 : Statistics.DescriptiveStatistics.StandardDeviation(values.ToArray());

    /// <summary>Corrects the p-values of every score reported for all layers together (one family) and sets significance.</summary>
    public static IReadOnlyList<TcavLayerResult> CorrectTogether(IReadOnlyList<TcavLayerResult> results, TcavOptions options)
    {
        var corrected = SignificanceTest.Correct(results.SelectMany(r => r.Tests).ToArray(), options.Correction, options.SignificanceLevel);
        int offset = 0;
        var output = new List<TcavLayerResult>();
        foreach (var result in results)
        {
            output.Add(result with { Tests = corrected.Skip(offset).Take(result.Tests.Count).ToArray() });
            offset += result.Tests.Count;
        }

        return output;
    }
}

using SocioRunner.Explain.Tcav.Analysis;
using SocioRunner.Explain.Tcav.Attribution;
using SocioRunner.Explain.Tcav.CavBanks;
using SocioRunner.Explain.Tcav.Scoring;
using SocioRunner.Explain.Tables;
using static SocioRunner.Core.Tables.CsvWriter;

namespace SocioRunner.Explain.Tcav.Output;

/// <summary>
/// Writes a tcav artifact (docs/artifacts.md): the original project's CSVs (tcav_results_&lt;layer&gt;.csv,
/// cav_accuracy.csv, &lt;layer&gt;_cosine_sim_instances_cavs.csv, &lt;layer&gt;_cavs_activations.csv, predictions.csv) plus
/// tcav_significance.csv, tcav_repeats.csv, tcav_intervals.csv, tcav_per_input.csv and cavs/&lt;layer&gt;.json.
/// Paths come from <paramref name="outputPath"/> (the node context's OutputPath).
/// </summary>
public sealed class TcavFileWriter(Func<string, string> outputPath)
{
    public void Write(TcavEvaluationSet inputs, IReadOnlyList<(TcavLayerResult Result, CavBank Bank, LayerPass Pass)> layers)
    {
        var first = layers[0];
        WritePredictions(inputs, first.Pass.Predictions);
        using (var accuracy = new CsvWriter(outputPath("cav_accuracy.csv"), ["layer", "concept", "accuracy", "f1_score"]))
        {
            foreach (var (result, _, _) in layers)
            {
                foreach (var concept in result.Concepts)
                {
                    // The main CAV's held-out scores, as the original's file; the mean over all the concept's CAVs is in tcav_significance.csv.
                    accuracy.Row([result.Layer, concept.Cav.Concept, Number(concept.Cav.Scores.Accuracy), Number(concept.Cav.Scores.F1)]);
                }
            }
        }

        foreach (var (result, bank, pass) in layers)
        {
            WriteResults(inputs, result);
            WriteCosine(inputs, result);
            WriteCavs(result, bank);
        }

        WriteSignificance(layers.Select(l => l.Result).ToArray());
        WriteRepeats(layers.Select(l => (l.Result, l.Bank)).ToArray());
        WriteIntervals(layers.Select(l => l.Result).ToArray());
        WritePerInput(inputs, layers.Select(l => l.Result).ToArray(), first.Pass.Predictions);
    }

    void WritePredictions(TcavEvaluationSet inputs, double[] predictions)
    {
        using var csv = new CsvWriter(outputPath("predictions.csv"), ["image_id", "label", "prediction"]);
        for (int i = 0; i < inputs.Ids.Count; i++)
        {
            csv.Row([inputs.Ids[i], Number(inputs.Labels[i]), Number(predictions[i])]);
        }
    }

    /// <summary>One row per input and concept. concept_sign is the sign of the TCAV value (1, -1 or 0).</summary>
    void WriteResults(TcavEvaluationSet inputs, TcavLayerResult result)
    {
        using var csv = new CsvWriter(outputPath($"tcav_results_{result.Layer}.csv"), ["image_id", "concept_pair", "layer", "label", "concept_sign", "TCAV_value"]);
        foreach (var concept in result.Concepts)
        {
            string pair = $"{concept.Cav.Concept}-{concept.Cav.Negative}";
            for (int i = 0; i < inputs.Ids.Count; i++)
            {
                double value = concept.Values[i];
                csv.Row([inputs.Ids[i], pair, result.Layer, Number(inputs.Labels[i]), Math.Sign(value).ToString(), Number(value)]);
            }
        }
    }

    void WriteCosine(TcavEvaluationSet inputs, TcavLayerResult result)
    {
        using var csv = new CsvWriter(outputPath($"{result.Layer}_cosine_sim_instances_cavs.csv"), ["image_id", .. result.Concepts.Select(c => c.Cav.Concept)]);
        for (int i = 0; i < inputs.Ids.Count; i++)
        {
            csv.Row([inputs.Ids[i], .. result.Concepts.Select(c => Number(c.Cosine[i]))]);
        }
    }

    /// <summary>CAV weights: the unit direction in raw activation space (the one dotted with attributions).</summary>
    void WriteCavs(TcavLayerResult result, CavBank bank)
    {
        int dimension = result.Concepts.Count > 0 ? result.Concepts[0].Cav.Dimension : 0;
        using (var csv = new CsvWriter(outputPath($"{result.Layer}_cavs_activations.csv"), ["concept", .. Enumerable.Range(0, dimension).Select(d => $"dim_{d}")]))
        {
            foreach (var concept in result.Concepts)
            {
                csv.Row([concept.Cav.Concept, .. concept.Cav.Direction.Select(Number)]);
            }
        }

        CavBankFile.Write(outputPath(CavBankFile.RelativePath(result.Layer)), bank);
    }

    static readonly string[] TestColumns =
    [
        "sign_count_mean", "sign_count_std", "random_mean", "random_std", "difference", "ci_low", "ci_high", "t_statistic", "p_value",
        "p_adjusted", "significant", "direction", "magnitude_mean", "repeats", "decodable",
        "effect_mean", "random_effect_mean", "effect_difference", "effect_se", "effect_ci_low", "effect_ci_high", "min_effect",
        "effect_p_value", "p_combined",
    ];

    static string[] TestCells(TcavTest t) =>
    [
        Number(t.SignCountMean), Number(t.SignCountStd), Number(t.NullMean), Number(t.NullStd), Number(t.Difference), Number(t.CiLow),
        Number(t.CiHigh), Number(t.TStatistic), Number(t.PValue), Number(t.PAdjusted), t.Significant ? "true" : "false",
        t.Direction.ToString(), Number(t.MagnitudeMean), t.Repeats.ToString(), t.Decodable ? "true" : "false",
        Number(t.EffectMean), Number(t.NullEffectMean), Number(t.Effect.Difference), Number(t.Effect.StandardError), Number(t.Effect.CiLow),
        Number(t.Effect.CiHigh), Number(t.EffectMargin), Number(t.Effect.PValue), Number(t.Tested ? t.CombinedPValue : double.NaN),
    ];

    /// <summary>
    /// One row per concept (and the control) and layer: the mean sign count over the concept's CAVs, the null of the same
    /// construction, the test and the adjusted p (corrected over every row of this file and tcav_intervals.csv).
    /// <c>cavs</c> and <c>null_cavs</c> say which CAVs the numbers come from (rows of tcav_repeats.csv).
    /// </summary>
    void WriteSignificance(IReadOnlyList<TcavLayerResult> results)
    {
        using var csv = new CsvWriter(outputPath("tcav_significance.csv"),
            ["concept", "layer", "inputs", .. TestColumns, "cav_accuracy", "near_chance", "setting", "cavs", "null_cavs", "cav_balanced_accuracy"]);
        foreach (var result in results)
        {
            foreach (var test in result.Overall)
            {
                var concept = result.Concepts.FirstOrDefault(c => c.Concept == test.Concept);
                csv.Row([test.Concept, result.Layer, test.Inputs.ToString(), .. TestCells(test),
                    Number(concept?.MeanAccuracy ?? double.NaN), concept is null ? "" : concept.NearChance ? "true" : "false",
                    concept is null ? "random-vs-random" : result.NegativeSource, CavsUsed(test), NullUsed(result, test),
                    Number(concept?.MeanBalancedAccuracy ?? double.NaN)]);
            }
        }
    }

    static string CavsUsed(TcavTest test) => test.Concept == CavBank.ControlName
        ? $"tcav_repeats.csv: {CavBank.ControlName} 1..{test.Repeats}"
        : $"tcav_repeats.csv: {test.Concept} 1..{test.Repeats}";

    static string NullUsed(TcavLayerResult result, TcavTest test) =>
        test.Tested ? $"tcav_repeats.csv: {CavBank.NullName} 1..{result.Null.SignCounts.Length} ({result.NullSource})" : "";

    void WriteRepeats(IReadOnlyList<(TcavLayerResult Result, CavBank Bank)> layers)
    {
        using var csv = new CsvWriter(outputPath("tcav_repeats.csv"), ["concept", "layer", "repeat", "positive", "negative", "accuracy", "f1_score", "sign_count", "magnitude", "effect"]);
        foreach (var (result, bank) in layers)
        {
            foreach (var concept in result.Concepts)
            {
                var cavs = bank.Concepts.First(c => c.Concept == concept.Concept).Cavs;
                WriteRows(csv, result.Layer, concept.Concept, cavs, concept.Scores);
            }

            WriteRows(csv, result.Layer, CavBank.NullName, bank.Null, result.Null);
            WriteRows(csv, result.Layer, CavBank.ControlName, bank.Control, result.Control);
        }
    }

    static void WriteRows(CsvWriter csv, string layer, string name, IReadOnlyList<ConceptActivationVector> cavs, RepeatScores scores)
    {
        for (int r = 0; r < cavs.Count; r++)
        {
            csv.Row([name, layer, (r + 1).ToString(), cavs[r].Concept, cavs[r].Negative, Number(cavs[r].Scores.Accuracy), Number(cavs[r].Scores.F1),
                Number(scores.SignCounts[r]), Number(scores.Magnitudes[r]), Number(scores.Effects[r])]);
        }
    }

    /// <summary>Per outcome interval: the same scores and tests as tcav_significance.csv over the inputs of the interval.</summary>
    void WriteIntervals(IReadOnlyList<TcavLayerResult> results)
    {
        using var csv = new CsvWriter(outputPath("tcav_intervals.csv"),
            ["concept", "layer", "interval", "lower", "upper", "count", "sign_count", "magnitude", .. TestColumns, "cavs"]);
        foreach (var result in results)
        {
            foreach (var test in result.PerInterval)
            {
                int k = test.Interval!.Value;
                csv.Row([test.Concept, result.Layer, k.ToString(), Number(result.Intervals.Lower(k)), Number(result.Intervals.Upper(k)), test.Inputs.ToString(),
                    Number(test.SignCountMean), Number(test.MagnitudeMean), .. TestCells(test), CavsUsed(test)]);
            }
        }
    }

    /// <summary>One column per concept (prefixed "layer/" when several layers are tested).</summary>
    void WritePerInput(TcavEvaluationSet inputs, IReadOnlyList<TcavLayerResult> results, double[] predictions)
    {
        bool prefix = results.Count > 1;
        var columns = results.SelectMany(r => r.Concepts.Select(c => (prefix ? $"{r.Layer}/" : "") + c.Cav.Concept));
        using var csv = new CsvWriter(outputPath("tcav_per_input.csv"), ["image_id", "label", "prediction", .. columns]);
        for (int i = 0; i < inputs.Ids.Count; i++)
        {
            csv.Row([inputs.Ids[i], Number(inputs.Labels[i]), Number(predictions[i]), .. results.SelectMany(r => r.Concepts.Select(c => Number(c.Values[i])))]);
        }
    }
}

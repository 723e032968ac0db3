using SocioRunner.Explain.Tcav.CavBanks;
using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.Analysis;

/// <summary>
/// Scores a layer's CAV bank on the evaluation inputs. Attributions and activations are computed once (by the caller)
/// and reused here for every concept, repeat and interval, which is all plain arithmetic on float arrays.
/// </summary>
public static class TcavAnalyzer
{
    /// <param name="attributions">Layer attribution per evaluation input (gradient or integrated gradients), flattened.</param>
    /// <param name="activations">Layer activation per evaluation input, flattened (for cosine similarities).</param>
    /// <param name="outcomes">Outcome per input used for the interval bins (label or prediction).</param>
    public static TcavLayerResult Analyze(
        CavBank bank, IReadOnlyList<float[]> attributions, IReadOnlyList<float[]> activations, IReadOnlyList<double> outcomes,
        TcavAnalysisSettings settings)
    {
        if (attributions.Count == 0)
        {
            throw new ArgumentException("The evaluation set is empty: there are no inputs to compute TCAV scores for.");
        }

        var intervals = OutcomeIntervals.FromQuantiles(outcomes, settings.Intervals);
        var members = Enumerable.Range(0, intervals.Count).Select(_ => new List<int>()).ToArray();
        for (int i = 0; i < outcomes.Count; i++)
        {
            members[intervals.IntervalOf(outcomes[i])].Add(i);
        }

        var concepts = new List<ConceptResult>();
        foreach (var group in bank.Concepts)
        {
            var main = group.Cavs[0];
            double accuracy = group.Cavs.Average(c => c.Scores.Accuracy);
            // Balanced accuracy: chance is 0.5 whatever the class balance (one-vs-all holds ~8 negatives per concept image).
            double balanced = group.Cavs.Average(c => c.Scores.BalancedAccuracy);
            bool decodable = !double.IsNaN(balanced) && balanced >= 0.5 + settings.NearChanceMargin;
            concepts.Add(new ConceptResult(main, TcavScores.Values(attributions, main.Direction), TcavScores.CosineSimilarities(activations, main.Direction),
                RepeatScores.Of(group.Cavs, attributions, members, settings.GradientAttributions), accuracy, decodable, balanced));
        }

        var nullScores = RepeatScores.Of(bank.Null, attributions, members, settings.GradientAttributions);
        var control = RepeatScores.Of(bank.Control, attributions, members, settings.GradientAttributions);
        var tested = concepts.Select(c => (c.Concept, c.Scores, c.Decodable)).Append((CavBank.ControlName, control, true)).ToArray();
        var tests = new List<TcavTest>();
        foreach (var (name, scores, decodable) in tested)
        {
            tests.Add(SignificanceTest.Test(bank.Layer, name, null, outcomes.Count, scores.SignCounts, scores.Magnitudes, nullScores.SignCounts, decodable,
                scores.Effects, nullScores.Effects, settings.EffectMargin));
            for (int k = 0; k < intervals.Count; k++)
            {
                tests.Add(SignificanceTest.Test(bank.Layer, name, k, members[k].Count, scores.IntervalSignCounts[k], scores.IntervalMagnitudes[k],
                    nullScores.IntervalSignCounts[k], decodable, scores.IntervalEffects[k], nullScores.IntervalEffects[k], settings.EffectMargin));
            }
        }

        return new TcavLayerResult(bank.Layer, concepts, nullScores, control, intervals, members.Select(m => m.Count).ToArray(), tests,
            bank.NegativeSource, bank.NullSource);
    }
}

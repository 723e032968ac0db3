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
        foreach (var cav in bank.Main)
        {
            double[] values = TcavScores.Values(attributions, cav.Direction);
            var repeats = bank.Repeats.TryGetValue(cav.Concept, out var list) ? list : [];
            var repeatValues = repeats.Select(r => TcavScores.Values(attributions, r.Direction)).ToArray();
            var perInterval = Enumerable.Range(0, intervals.Count).Select(k =>
            {
                var subset = members[k].Select(i => values[i]).ToArray();
                return new IntervalScore(k, intervals.Lower(k), intervals.Upper(k), subset.Length, TcavScores.SignCount(subset), TcavScores.Magnitude(subset));
            }).ToArray();
            concepts.Add(new ConceptResult(
                cav, values, TcavScores.CosineSimilarities(activations, cav.Direction), TcavScores.SignCount(values),
                TcavScores.Magnitude(values), IsNearChance(cav, settings.NearChanceMargin),
                repeatValues.Select(v => TcavScores.SignCount(v)).ToArray(), repeatValues.Select(v => TcavScores.Magnitude(v)).ToArray(),
                perInterval));
        }

        double[] random = bank.RandomBaseline.Select(c => TcavScores.SignCount(TcavScores.Values(attributions, c.Direction))).ToArray();
        double[] control = bank.Control.Select(c => TcavScores.SignCount(TcavScores.Values(attributions, c.Direction))).ToArray();
        IReadOnlyList<SignificanceResult> significance = [];
        if (bank.RepeatCount > 0)
        {
            var tested = concepts.Select(c => (c.Cav.Concept, c.RepeatSignCounts)).Append((CavBank.ControlName, control)).ToArray();
            significance = SignificanceTest.Run(tested, random, settings.Correction, settings.Alpha);
        }

        return new TcavLayerResult(bank.Layer, concepts, significance, random, control, intervals);
    }

    /// <summary>Near chance: held-out accuracy below the majority-class share of the held-out part plus a margin.</summary>
    public static bool IsNearChance(ConceptActivationVector cav, double margin) =>
        double.IsNaN(cav.Scores.Accuracy) || cav.Scores.Accuracy < cav.Scores.MajorityShare + margin;
}

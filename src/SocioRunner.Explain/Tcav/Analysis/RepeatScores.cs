using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.Analysis;

/// <summary>
/// Sign count, magnitude and effect of each of a group's CAVs (index r), over all inputs and per outcome interval.
/// The effect is the mean of attribution · (concept mean - negatives' mean): with gradient attributions, the concept's
/// effect on the prediction in outcome units (see <see cref="ConceptActivationVector.MeanDifference"/>); NaN when a
/// CAV has no recorded mean difference or the attributions are not gradients (integrated gradients dotted with a mean
/// difference are not in outcome units).
/// </summary>
/// <param name="IntervalSignCounts">[interval][r]; NaN for an empty interval.</param>
public sealed record RepeatScores(
    double[] SignCounts, double[] Magnitudes, double[] Effects,
    double[][] IntervalSignCounts, double[][] IntervalMagnitudes, double[][] IntervalEffects)
{
    /// <summary>Scores every CAV of a group on the inputs (attributions computed once by the caller).</summary>
    public static RepeatScores Of(IReadOnlyList<ConceptActivationVector> cavs, IReadOnlyList<float[]> attributions, IReadOnlyList<int>[] members, bool gradients = true)
    {
        var values = cavs.Select(c => TcavScores.Values(attributions, c.Direction)).ToArray();
        var effects = cavs.Select(c => !gradients || c.MeanDifference is null ? null : TcavScores.Values(attributions, c.MeanDifference)).ToArray();
        double[] Subset(double[] v, int k) => members[k].Select(i => v[i]).ToArray();
        double Effect(double[]? e, int? k) => e is null ? double.NaN : TcavScores.Magnitude(k is null ? e : Subset(e, k.Value));
        return new RepeatScores(
            values.Select(v => TcavScores.SignCount(v)).ToArray(),
            values.Select(v => TcavScores.Magnitude(v)).ToArray(),
            effects.Select(e => Effect(e, null)).ToArray(),
            Enumerable.Range(0, members.Length).Select(k => values.Select(v => TcavScores.SignCount(Subset(v, k))).ToArray()).ToArray(),
            Enumerable.Range(0, members.Length).Select(k => values.Select(v => TcavScores.Magnitude(Subset(v, k))).ToArray()).ToArray(),
            Enumerable.Range(0, members.Length).Select(k => effects.Select(e => Effect(e, k)).ToArray()).ToArray());
    }
}

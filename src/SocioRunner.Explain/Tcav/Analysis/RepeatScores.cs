using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.Analysis;

/// <summary>Sign count and magnitude of each of a group's CAVs (index r), over all inputs and per outcome interval.</summary>
/// <param name="IntervalSignCounts">[interval][r]; NaN for an empty interval.</param>
public sealed record RepeatScores(double[] SignCounts, double[] Magnitudes, double[][] IntervalSignCounts, double[][] IntervalMagnitudes)
{
    /// <summary>Scores every CAV of a group on the inputs (attributions computed once by the caller).</summary>
    public static RepeatScores Of(IReadOnlyList<ConceptActivationVector> cavs, IReadOnlyList<float[]> attributions, IReadOnlyList<int>[] members)
    {
        var values = cavs.Select(c => TcavScores.Values(attributions, c.Direction)).ToArray();
        double[] Subset(double[] v, int k) => members[k].Select(i => v[i]).ToArray();
        return new RepeatScores(
            values.Select(v => TcavScores.SignCount(v)).ToArray(),
            values.Select(v => TcavScores.Magnitude(v)).ToArray(),
            Enumerable.Range(0, members.Length).Select(k => values.Select(v => TcavScores.SignCount(Subset(v, k))).ToArray()).ToArray(),
            Enumerable.Range(0, members.Length).Select(k => values.Select(v => TcavScores.Magnitude(Subset(v, k))).ToArray()).ToArray());
    }
}

using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.Analysis;

/// <summary>
/// Everything computed for one layer: per-concept scores, the null's and the control's scores, and one test per reported
/// score (overall and per interval, concepts then the control; p-values not yet corrected across layers).
/// </summary>
public sealed record TcavLayerResult(
    string Layer, IReadOnlyList<ConceptResult> Concepts, RepeatScores Null, RepeatScores Control, OutcomeIntervals Intervals,
    int[] IntervalCounts, IReadOnlyList<TcavTest> Tests, string NegativeSource, string NullSource)
{
    public IEnumerable<TcavTest> Overall => Tests.Where(t => t.Interval is null);

    public IEnumerable<TcavTest> PerInterval => Tests.Where(t => t.Interval is not null);
}

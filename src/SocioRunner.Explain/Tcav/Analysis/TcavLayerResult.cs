using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.Analysis;

/// <summary>Everything computed for one layer: per-concept scores and the significance table (control row last).</summary>
public sealed record TcavLayerResult(
    string Layer, IReadOnlyList<ConceptResult> Concepts, IReadOnlyList<SignificanceResult> Significance,
    double[] RandomSignCounts, double[] ControlSignCounts, OutcomeIntervals Intervals);

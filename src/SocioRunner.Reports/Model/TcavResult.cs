namespace SocioRunner.Reports.Model;

/// <summary>The tables of one TCAV node: significance over random repeats, CAV accuracy, sensitivity per outcome interval.</summary>
public sealed record TcavResult(string NodeId, string Kind)
{
    public IReadOnlyList<TcavSignificanceRow> Significance { get; init; } = [];
    public IReadOnlyList<CavAccuracyRow> CavAccuracy { get; init; } = [];
    public IReadOnlyList<TcavIntervalRow> Intervals { get; init; } = [];

    /// <summary>The interval labels in file order (the heatmap's columns).</summary>
    public IReadOnlyList<string> IntervalNames => Intervals.Select(i => i.Interval).Distinct().ToList();
}

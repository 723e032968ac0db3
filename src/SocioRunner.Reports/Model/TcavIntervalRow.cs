namespace SocioRunner.Reports.Model;

/// <summary>One row of tcav_intervals.csv: a concept's sign-count and magnitude over inputs whose outcome falls in an interval.</summary>
public sealed record TcavIntervalRow(
    string Concept, string Layer, string Interval, double? Lower, double? Upper, int Count, double SignCount, double? Magnitude)
{
    /// <summary>The effect over the interval's inputs, when recorded.</summary>
    public EffectEstimate? Effect { get; init; }

    /// <summary>The tested direction in the interval ("+", "-", "0", or "?" when not tested); empty when not recorded.</summary>
    public string Direction { get; init; } = "";
}

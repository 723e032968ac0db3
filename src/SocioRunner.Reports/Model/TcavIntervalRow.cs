namespace SocioRunner.Reports.Model;

/// <summary>One row of tcav_intervals.csv: a concept's sign-count and magnitude over inputs whose outcome falls in an interval.</summary>
public sealed record TcavIntervalRow(
    string Concept, string Layer, string Interval, double? Lower, double? Upper, int Count, double SignCount, double? Magnitude);

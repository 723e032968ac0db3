namespace SocioRunner.Explain.Tcav.Analysis;

/// <summary>One row of tcav_intervals.csv: a concept's scores over the inputs whose outcome falls in one quantile bin.</summary>
public sealed record IntervalScore(int Interval, double Lower, double Upper, int Count, double SignCount, double Magnitude);

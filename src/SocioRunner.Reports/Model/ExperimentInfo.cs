namespace SocioRunner.Reports.Model;

/// <summary>The run as a whole: which experiment file, when, with which seed.</summary>
public sealed record ExperimentInfo
{
    public string Name { get; init; } = "";
    public string File { get; init; } = "";
    public string RunDirectory { get; init; } = "";
    public string StartedAt { get; init; } = "";
    public int Seed { get; init; }
    public double TotalSeconds { get; init; }
    public int CachedNodes { get; init; }
    public int RanNodes { get; init; }
}

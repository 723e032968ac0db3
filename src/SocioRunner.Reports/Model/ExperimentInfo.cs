namespace SocioRunner.Reports.Model;

/// <summary>The run as a whole: which experiment file, when, with which seed (how many nodes ran or came from the cache
/// is counted from <see cref="ReportModel.Nodes"/>, so the two can never disagree).</summary>
public sealed record ExperimentInfo
{
    public string Name { get; init; } = "";
    public string File { get; init; } = "";
    /// <summary>The run folder by its portable name, <c>&lt;experiment&gt;/&lt;timestamp&gt;</c> (the same wherever the folder is moved).</summary>
    public string RunDirectory { get; init; } = "";
    public string StartedAt { get; init; } = "";
    public int Seed { get; init; }
    public double TotalSeconds { get; init; }
}

namespace SocioRunner.Reports.Model;

/// <summary>
/// Everything the report templates show, already read from the artifact files. Templates see it as <c>report</c>
/// with snake_case member names (<c>report.training_runs</c>). Plots are attached after rendering them.
/// </summary>
public sealed record ReportModel
{
    public string Title { get; init; } = "SocioRunner report";
    public ExperimentInfo Experiment { get; init; } = new();
    public IReadOnlyList<NodeSummary> Nodes { get; init; } = [];

    /// <summary>Nodes of this run that executed; counted from <see cref="Nodes"/> so the summary cannot contradict the table.</summary>
    public int RanNodes => Nodes.Count(n => n.Status == "ran");

    /// <summary>Nodes of this run whose artifact came from the cache.</summary>
    public int CachedNodes => Nodes.Count(n => n.Status == "cached");
    public IReadOnlyList<DatasetSummary> Datasets { get; init; } = [];
    public IReadOnlyList<TrainingRun> TrainingRuns { get; init; } = [];
    public IReadOnlyList<MetricsTable> Metrics { get; init; } = [];
    /// <summary>Every probe beside every baseline on the same encoder and dataset, in the order of <see cref="Metrics"/>.</summary>
    public IReadOnlyList<ModelComparison> Comparisons { get; init; } = [];

    /// <summary>The first of <see cref="Comparisons"/>, for templates written when a report had at most one.</summary>
    public ModelComparison? Comparison => Comparisons.Count > 0 ? Comparisons[0] : null;
    public IReadOnlyList<TcavResult> Tcav { get; init; } = [];
    public IReadOnlyList<GroundTruthRow> GroundTruth { get; init; } = [];
    public IReadOnlyList<TsneInfo> Tsne { get; init; } = [];
    public IReadOnlyList<PlotEntry> Plots { get; init; } = [];

    /// <summary>Things the report could not show and why (missing files, sections without data).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

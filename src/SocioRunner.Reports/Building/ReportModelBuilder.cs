using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Execution;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Building;

/// <summary>
/// Reads the documented artifact files (docs/artifacts.md) of every source into a <see cref="ReportModel"/>.
/// Works from files only, so reports do not depend on the projects that produced them. A file that is missing
/// leaves its section empty; a file that cannot be read becomes a note in the report instead of failing it.
/// </summary>
public sealed class ReportModelBuilder
{
    public ReportModel Build(IReadOnlyList<ArtifactHandle> sources, RunInfo? run, string? title = null)
    {
        var notes = new ReportNotes();
        var tcav = TcavReader.Read(sources, notes);
        var model = new ReportModel
        {
            Title = string.IsNullOrWhiteSpace(title) ? DefaultTitle(run) : title,
            Experiment = RunSummaryReader.Experiment(run),
            Nodes = RunSummaryReader.Nodes(run, sources),
            Datasets = DatasetReader.Read(sources, notes),
            TrainingRuns = TrainingReader.ReadHistories(sources, notes),
            Metrics = TrainingReader.ReadMetrics(sources, notes),
            Tcav = tcav,
            GroundTruth = GroundTruthReader.Read(sources, tcav, notes),
            Tsne = TsneReader.Read(sources, notes),
        };
        return model with { Comparisons = ComparisonBuilder.Build(model.Metrics, sources, run), Notes = notes.Items };
    }

    static string DefaultTitle(RunInfo? run) =>
        run is null || string.IsNullOrEmpty(run.ExperimentName) ? "SocioRunner report" : $"{run.ExperimentName} — SocioRunner report";
}

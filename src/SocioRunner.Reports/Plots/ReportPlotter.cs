using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Plots;

/// <summary>
/// Draws every figure of the report into <c>plots/</c>. A figure whose inputs are missing, or that fails to draw,
/// becomes a <see cref="PlotEntry.Missing"/> entry whose reason the report shows in its place.
/// </summary>
public sealed class ReportPlotter(IReadOnlyList<IReportPlot> plots, ILogger? logger = null)
{
    readonly ILogger logger = logger ?? NullLogger.Instance;

    public static IReadOnlyList<IReportPlot> AllPlots { get; } =
    [
        new TrainingLossPlot(), new PredictedVsTruePlot(), new TsneOutcomePlot(), new TsneConceptPlot(),
        new TcavSignCountPlot(), new TcavIntervalHeatmapPlot(), new CavAccuracyPlot(), new GroundTruthPlot(),
    ];

    public ReportPlotter(ILogger? logger = null) : this(AllPlots, logger) { }

    public IReadOnlyList<PlotEntry> Render(ReportModel model, PlotData data, string reportDirectory)
    {
        var writer = new PlotFileWriter(reportDirectory);
        var entries = new List<PlotEntry>();
        foreach (var plot in plots)
        {
            try { entries.AddRange(plot.Render(model, data, writer).ToList()); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not draw the {Plot} figure", plot.Name);
                entries.Add(PlotEntry.Missing(plot.Name, plot.Section, plot.Name, $"could not draw this figure: {e.Message}"));
            }
        }
        return entries;
    }
}

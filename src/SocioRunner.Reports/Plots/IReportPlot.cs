using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Plots;

/// <summary>One kind of figure. Returns a <see cref="PlotEntry.Missing"/> entry (saying why) when its inputs are absent.</summary>
public interface IReportPlot
{
    /// <summary>Identifies the figure kind in file names and in the "could not draw" note.</summary>
    string Name { get; }

    /// <summary>The report section (<see cref="PlotSections"/>) the figure belongs to.</summary>
    string Section { get; }

    IEnumerable<PlotEntry> Render(ReportModel model, PlotData data, PlotFileWriter writer);
}

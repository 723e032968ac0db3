using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Rendering;

/// <summary>Where a rendered report lies: the HTML page, its Markdown twin and the figures (rendered or omitted).</summary>
public sealed record ReportFiles(string Html, string Markdown, IReadOnlyList<PlotEntry> Plots)
{
    /// <summary>True when the figures were taken from the previous report of the same sources instead of drawn.</summary>
    public bool PlotsReused { get; init; }
}

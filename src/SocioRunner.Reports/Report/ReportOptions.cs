namespace SocioRunner.Reports.Report;

/// <summary>Options of the <c>report</c> node kind.</summary>
public sealed record ReportOptions
{
    /// <summary>
    /// A folder holding <c>run.html.sbn</c>, <c>run.md.sbn</c> and their partials, relative to the working directory.
    /// Empty: the templates shipped with SocioRunner.
    /// </summary>
    public string? Templates { get; init; }

    /// <summary>The report's heading. Empty: "&lt;experiment&gt; — SocioRunner report".</summary>
    public string? Title { get; init; }
}

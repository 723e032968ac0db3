namespace SocioRunner.Reports.Model;

/// <summary>
/// One figure of the report. Either rendered (<see cref="PngFile"/>, <see cref="SvgFile"/> relative to the report folder,
/// <see cref="EmbeddedUri"/> a data: URI for the self-contained HTML) or omitted with <see cref="MissingReason"/>.
/// </summary>
public sealed record PlotEntry(string Id, string Section, string Title, string Caption)
{
    public string? PngFile { get; init; }
    public string? SvgFile { get; init; }
    public string? EmbeddedUri { get; init; }
    public string? MissingReason { get; init; }

    public bool IsMissing => MissingReason is not null;

    public static PlotEntry Missing(string id, string section, string title, string reason) =>
        new(id, section, title, "") { MissingReason = reason };
}

using System.ComponentModel;
using SocioRunner.Reports.Rendering;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands;

[Description("Re-render the report of a finished run folder (reports/<experiment>/<timestamp>) without recomputing anything.")]
public sealed class ReportCommand : Command<ReportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<run-dir>")]
        [Description("A run folder holding run.json")]
        public string RunDirectory { get; init; } = "";

        [CommandOption("--templates <DIR>")]
        [Description("Template folder with run.html.sbn and run.md.sbn (default: the shipped templates/)")]
        public string? Templates { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Where to write index.html, report.md and plots/ (default: <run-dir>/report)")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var files = ReportRenderer.RenderRunFolder(settings.RunDirectory, settings.Templates, settings.Out);
        Console.WriteLine($"report: {files.Html}");
        Console.WriteLine($"report: {files.Markdown}");
        return 0;
    }
}

using System.ComponentModel;
using SocioRunner.Reports.Sweeps;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands.Sweeps;

[Description("Write (or refresh) a sweep's report from its members' run folders: index.html, report.md, plots/.")]
public sealed class SweepReportCommand : Command<SweepFolderSettings>
{
    public override int Execute(CommandContext context, SweepFolderSettings settings, CancellationToken cancellation)
    {
        var files = SweepReportRenderer.Render(settings.SweepDirectory, templatesDirectory: null);
        Console.WriteLine($"report: {files.Html}");
        Console.WriteLine($"report: {files.Markdown}");
        return 0;
    }
}

using System.ComponentModel;
using SocioRunner.Core.Sweeps.Launch;
using SocioRunner.Reports.Sweeps;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands.Sweeps;

[Description("Write (or refresh) a sweep's report from its members' run folders: index.html, report.md, plots/.")]
public sealed class SweepReportCommand : Command<SweepFolderSettings>
{
    public override int Execute(CommandContext context, SweepFolderSettings settings, CancellationToken cancellation)
    {
        var slurm = SlurmJobLookup.For(SweepFolder.Open(settings.SweepDirectory).ReadManifest());
        var files = SweepReportRenderer.Render(settings.SweepDirectory, templatesDirectory: null, slurm);
        Console.WriteLine($"report: {files.Html}");
        Console.WriteLine($"report: {files.Markdown}");
        return 0;
    }
}

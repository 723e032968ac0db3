using System.ComponentModel;
using System.Text.Json.Nodes;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Sweeps.Launch;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands.Sweeps;

[Description("Show each member of a sweep: pending, running, done, failed (with its log line) or cancelled (with why), from its run folder and Slurm.")]
public sealed class SweepStatusCommand : Command<SweepFolderSettings>
{
    public override int Execute(CommandContext context, SweepFolderSettings settings, CancellationToken cancellation)
    {
        var folder = SweepFolder.Open(settings.SweepDirectory);
        var manifest = folder.ReadManifest();
        var jobs = manifest["jobs"] as JsonObject ?? [];
        // The same states the sweep report shows (SweepMemberStates), so the two never disagree.
        var states = SweepMemberStates.Resolve(folder, manifest, SlurmJobLookup.For(manifest));
        var table = new Table().AddColumns("member", "values", "status", "job", "detail");
        foreach (var member in manifest["members"]?.AsArray() ?? [])
        {
            string name = (string)member!["name"]!;
            var state = states[name];
            table.AddRow(name, Markup.Escape((string?)member["label"] ?? ""), state.Status.ToString().ToLowerInvariant(), (string?)jobs[name] ?? "-", Markup.Escape(state.Detail));
        }
        AnsiConsole.Write(table);
        return states.Values.Any(s => s.Status is MemberStatus.Failed or MemberStatus.Cancelled) ? ExitCodes.NodeFailed : ExitCodes.Ok;
    }
}

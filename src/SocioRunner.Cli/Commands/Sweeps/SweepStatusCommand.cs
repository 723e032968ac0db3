using System.ComponentModel;
using System.Text.Json.Nodes;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Sweeps.Launch;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands.Sweeps;

[Description("Show each member of a sweep: pending, running, done or failed (with its log line), from its run folder and Slurm.")]
public sealed class SweepStatusCommand : Command<SweepFolderSettings>
{
    public override int Execute(CommandContext context, SweepFolderSettings settings, CancellationToken cancellation)
    {
        var folder = SweepFolder.Open(settings.SweepDirectory);
        var manifest = folder.ReadManifest();
        var jobs = manifest["jobs"] as JsonObject ?? [];
        var slurm = jobs.Count > 0 ? new SlurmClient() : null;
        var table = new Table().AddColumns("member", "values", "status", "job", "last log line");
        int failed = 0;
        foreach (var member in manifest["members"]?.AsArray() ?? [])
        {
            string name = (string)member!["name"]!;
            var state = MemberState.Read(folder.MemberDirectory(name));
            string? job = (string?)jobs[name];
            string status = state.Status.ToString().ToLowerInvariant();
            string detail = state.Detail;
            if (state.Status is MemberStatus.Pending or MemberStatus.Running && job is not null && slurm is not null)
            {
                string? slurmState = TryState(slurm, job);
                status = slurmState switch
                {
                    "PENDING" or "CONFIGURING" or "REQUEUED" => "pending",
                    "RUNNING" or "COMPLETING" => "running",
                    null => state.Status == MemberStatus.Running ? "interrupted" : status,
                    "COMPLETED" => status,
                    _ => "failed",
                };
                if (slurmState is not (null or "COMPLETED" or "PENDING" or "RUNNING")) detail = $"Slurm: {slurmState}; {MemberState.LastLogLine(folder.MemberDirectory(name), error: false)}";
            }
            if (status == "failed") failed++;
            table.AddRow(name, Markup.Escape((string?)member["label"] ?? ""), status, job ?? "-", Markup.Escape(detail));
        }
        AnsiConsole.Write(table);
        return failed == 0 ? ExitCodes.Ok : ExitCodes.NodeFailed;
    }

    static string? TryState(SlurmClient slurm, string job)
    {
        try { return slurm.State(job); }
        catch (SlurmException) { return null; } // Slurm not reachable from here: the run folders still tell done/failed
    }
}

using System.ComponentModel;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Execution;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands;

[Description("Print the execution order and which nodes are cached or would run; runs nothing.")]
public sealed class PlanCommand(ExperimentSession session, IDeviceResolver devices, Sweeps.SweepDisplay sweeps) : Command<ExperimentSettings>
{
    public override int Execute(CommandContext context, ExperimentSettings settings, CancellationToken cancellation)
    {
        if (settings.Multirun) return sweeps.Plan(settings);
        var plan = session.Plan(settings);
        string device = devices.Resolve(plan.Experiment.Device.ToString().ToLowerInvariant());
        var keys = CacheKey.ComputeAll(plan, device);
        var store = new ArtifactStore(plan.Experiment.Cache!);
        var forced = plan.WithDependents(settings.Force);
        var table = new Table().AddColumns("#", "node", "kind", "key", "status");
        int step = 1;
        foreach (var node in plan.Nodes)
        {
            string status = forced.Contains(node.Id) ? "forced: will run"
                : !node.Kind.Cacheable ? "always runs"
                : store.TryOpen(keys[node.Id], node.Id) is not null ? "cached" : "will run";
            table.AddRow(Markup.Escape($"{step++}"), Markup.Escape(node.Id), Markup.Escape(node.Kind.Name), keys[node.Id][..12], Markup.Escape(status));
        }
        AnsiConsole.Write(table);
        return 0;
    }
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands;

[Description("Check an experiment file (kinds, options, inputs, cycles, env variables) without running anything.")]
public sealed class ValidateCommand(ExperimentSession session, Sweeps.SweepDisplay sweeps) : Command<ExperimentSettings>
{
    public override int Execute(CommandContext context, ExperimentSettings settings, CancellationToken cancellation)
    {
        if (settings.Multirun) return sweeps.Validate(settings);
        var plan = session.Plan(settings);
        Console.WriteLine($"{settings.ExperimentFile}: valid ({plan.Nodes.Count} nodes: {string.Join(" -> ", plan.Nodes.Select(n => n.Id))})");
        return 0;
    }
}

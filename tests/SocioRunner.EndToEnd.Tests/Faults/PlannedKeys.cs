using Microsoft.Extensions.DependencyInjection;
using SocioRunner.Cli.Infrastructure;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Graph;

namespace SocioRunner.EndToEnd.Tests.Faults;

/// <summary>The execution order and cache keys the CLI will use for an experiment file (cpu), so a test can watch one node's work folder.</summary>
public static class PlannedKeys
{
    public static IReadOnlyList<(string Node, string Key)> Of(string experimentFile)
    {
        using var services = SocioServices.Create(new ConsoleSettings { Interactive = false }).BuildServiceProvider();
        var experiment = ExperimentLoader.LoadOrThrow(experimentFile, [], _ => null);
        var plan = services.GetRequiredService<ExperimentPlanner>().PlanOrThrow(experiment);
        var keys = CacheKey.ComputeAll(plan, "cpu");
        return plan.Nodes.Select(n => (n.Id, keys[n.Id])).ToList();
    }
}

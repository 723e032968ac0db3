using SocioRunner.Core.Execution;
using SocioRunner.Core.Sweeps;

namespace SocioRunner.Cli.Commands.Sweeps;

/// <summary>Expands and validates the sweep the command line describes (the file's sweep: plus --set PATH=a,b,c).</summary>
public sealed class SweepSession(SweepPlanner planner, IDeviceResolver devices)
{
    public SweepPlan Plan(ExperimentSettings settings) =>
        planner.PlanOrThrow(settings.ExperimentFile, settings.Set, Environment.GetEnvironmentVariable,
            experiment => devices.Resolve(experiment.Device.ToString().ToLowerInvariant()));
}

using SocioRunner.Cli.Settings;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Sweeps;

namespace SocioRunner.Cli.Commands.Sweeps;

/// <summary>Expands and validates the sweep the command line describes (the file's sweep: plus --set PATH=a,b,c).</summary>
public sealed class SweepSession(SweepPlanner planner, IDeviceResolver devices, SettingsResolver settingsResolver)
{
    /// <summary>The effective settings (cache, output, launcher, ...) for the sweep's base experiment.</summary>
    public SocioSettings Settings(Experiment experiment) => settingsResolver.Resolve(experiment).Settings;

    public SweepPlan Plan(ExperimentSettings settings) =>
        planner.PlanOrThrow(settings.ExperimentFile, settings.Set, Environment.GetEnvironmentVariable,
            experiment => devices.Resolve(experiment.Device.ToString().ToLowerInvariant()));
}

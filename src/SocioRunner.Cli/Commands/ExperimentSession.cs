using SocioRunner.Cli.Settings;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Graph;
using SocioRunner.Core.Inputs;
using SocioRunner.Core.Yaml;

namespace SocioRunner.Cli.Commands;

/// <summary>Loads, overrides, interpolates and validates an experiment, and applies the settings to it.</summary>
public sealed class ExperimentSession(ExperimentPlanner planner, SettingsResolver settingsResolver, InputLimits limits)
{
    /// <summary>
    /// Validates everything and reports all problems at once (file-level, options, wiring, --force names). The plan's
    /// experiment carries the effective device, cache and output (its own values are one layer of the settings).
    /// </summary>
    public ExperimentPlan Plan(ExperimentSettings settings)
    {
        var problems = new List<ConfigProblem>();
        var experiment = ExperimentLoader.Load(settings.ExperimentFile, settings.Set, Environment.GetEnvironmentVariable, problems, limits: limits);
        if (experiment is null) throw new InvalidInputException(problems);
        var plan = planner.Plan(experiment, problems);
        var ids = experiment.Nodes.Select(n => n.Id).ToList();
        foreach (string forced in settings.Force.Where(f => !ids.Contains(f)))
            problems.Add(new ConfigProblem(new SourceLocation($"--force {forced}", 0, 0), "", $"no node named '{forced}'{Suggest.DidYouMean(forced, ids)}"));
        if (problems.Count > 0) throw new InvalidInputException(problems.OrderBy(p => p.Location.Line == 0).ThenBy(p => p.Location.Line).ThenBy(p => p.Location.Column).ToList());
        var effective = Settings(experiment);
        return plan with { Experiment = experiment with { Device = effective.Device, Cache = effective.Cache, Output = effective.Output } };
    }

    /// <summary>The settings in force for <paramref name="experiment"/>.</summary>
    public SocioSettings Settings(Experiment experiment) => settingsResolver.Resolve(experiment).Settings;

    /// <summary>The settings marked <see cref="RecordedInRunAttribute"/>, each with its value and where it came from, for run.json.</summary>
    public System.Text.Json.Nodes.JsonObject RecordedSettings(Experiment experiment)
    {
        var recorded = new System.Text.Json.Nodes.JsonObject();
        var effective = settingsResolver.Resolve(experiment);
        foreach (var definition in SettingDefinition.All.Where(d => d.RecordedInRun))
        {
            var entry = effective.Entries.First(e => e.Key == definition.Key);
            recorded[definition.Key] = new System.Text.Json.Nodes.JsonObject
            {
                ["value"] = definition.Format(effective.Settings),
                ["from"] = entry.Origin == entry.Layer ? entry.Layer : $"{entry.Layer} ({entry.Origin})",
            };
        }
        return recorded;
    }
}

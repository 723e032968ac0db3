using SocioRunner.Core.Errors;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Graph;
using SocioRunner.Core.Inputs;
using SocioRunner.Core.Yaml;

namespace SocioRunner.Cli.Commands;

/// <summary>Loads, overrides, interpolates and validates an experiment; resolves where its cache and reports go.</summary>
public sealed class ExperimentSession(ExperimentPlanner planner, InputLimits limits)
{
    /// <summary>Validates everything and reports all problems at once (file-level, options, wiring, --force names).</summary>
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
        return plan;
    }

    public static string CacheDirectory(ExperimentSettings settings, Experiment experiment) =>
        settings.Cache ?? experiment.Cache ?? Environment.GetEnvironmentVariable("SOCIO_CACHE") ?? Path.Combine(".socio", "cache");

    public static string ReportsDirectory(ExperimentSettings settings, Experiment experiment) => settings.Output ?? experiment.Output;
}

using SocioRunner.Core.Errors;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Graph;
using SocioRunner.Core.Yaml;

namespace SocioRunner.Core.Sweeps;

/// <summary>
/// Expands a sweep (the file's <c>sweep:</c> plus <c>--multirun --set path=a,b</c>) into members and validates every
/// member like a single experiment, before anything runs. A bad swept value is reported at its own position: the
/// <c>sweep:</c> line (file:line:col) or the <c>--set</c> that gave it.
/// </summary>
public sealed class SweepPlanner(ExperimentPlanner planner)
{
    public SweepPlan PlanOrThrow(string file, IReadOnlyList<string> sets, Func<string, string?> environment, Func<Experiment, string> device)
    {
        var problems = new List<ConfigProblem>();
        var plan = Plan(file, sets, environment, device, problems);
        if (plan is null || problems.Count > 0) throw new InvalidInputException(Distinct(problems));
        return plan;
    }

    public SweepPlan? Plan(string file, IReadOnlyList<string> sets, Func<string, string?> environment, Func<Experiment, string> device, List<ConfigProblem> problems)
    {
        var (fixedSets, axes) = MultirunArguments.Split(sets, problems);
        var baseExperiment = ExperimentLoader.Load(file, fixedSets, environment, problems);
        if (baseExperiment is null) return null;
        var definition = SweepReader.Read(baseExperiment.SweepSection, problems).WithGrid(axes);
        if (definition.IsEmpty)
        {
            if (baseExperiment.SweepSection is null)
                problems.Add(new ConfigProblem(new SourceLocation(file, 1, 1), "sweep",
                    "empty sweep: --multirun needs a 'sweep:' section in the file or --set PATH=a,b,c with at least two values"));
            return null;
        }
        var members = new List<SweepMemberPlan>();
        foreach (var member in SweepExpander.Expand(definition))
        {
            var memberProblems = new List<ConfigProblem>();
            var experiment = ExperimentLoader.Load(file, fixedSets, member.Values, environment, memberProblems);
            var plan = experiment is null ? null : planner.Plan(experiment, memberProblems);
            problems.AddRange(memberProblems);
            if (plan is null || memberProblems.Count > 0) continue;
            members.Add(new SweepMemberPlan(member, plan, CacheKey.ComputeAll(plan, device(experiment!))));
        }
        return new SweepPlan(baseExperiment, definition, fixedSets, members, device(baseExperiment));
    }

    /// <summary>
    /// The same mistake shows in every member, and a swept path that does not exist shows at each of its values on
    /// the same sweep: line; report it once (per file line, path and message), file positions first.
    /// </summary>
    public static List<ConfigProblem> Distinct(IEnumerable<ConfigProblem> problems) =>
        problems.DistinctBy(p => (p.Location.File, p.Location.Line, p.Path, p.Message)).OrderBy(p => p.Location.Line == 0).ThenBy(p => p.Location.Line).ThenBy(p => p.Location.Column).ToList();
}

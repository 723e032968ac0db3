using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Sweeps;
using Spectre.Console;

namespace SocioRunner.Cli.Commands.Sweeps;

/// <summary>validate/plan with --multirun: every member, and which nodes members share (same cache key: computed once).</summary>
public sealed class SweepDisplay(SweepSession session)
{
    public int Validate(ExperimentSettings settings)
    {
        var plan = session.Plan(settings);
        Console.WriteLine($"{settings.ExperimentFile}: valid sweep of {plan.Members.Count} members ({plan.TotalNodes} nodes, {plan.DistinctNodes} distinct: {plan.TotalNodes - plan.DistinctNodes} shared between members)");
        foreach (var member in plan.Members) Console.WriteLine($"  {member.Member.Name}: {member.Member.Label}");
        return 0;
    }

    public int Plan(ExperimentSettings settings)
    {
        var plan = session.Plan(settings);
        var store = new ArtifactStore(session.Settings(plan.Base).Cache);
        var members = new Table().AddColumns("member", "values", "nodes", "cached", "to run");
        foreach (var member in plan.Members)
        {
            int cached = member.Plan.Nodes.Count(n => n.Kind.Cacheable && store.TryOpen(member.Keys[n.Id], n.Id) is not null);
            members.AddRow(member.Member.Name, Markup.Escape(member.Member.Label), $"{member.Plan.Nodes.Count}", $"{cached}", $"{member.Plan.Nodes.Count - cached}");
        }
        AnsiConsole.Write(members);
        var shared = new Table().AddColumns("node", "key", "shared by", "status");
        foreach (var (key, users) in plan.SharedKeys.OrderBy(k => k.Value[0].Member.Index).ThenBy(k => FirstNode(k.Value[0], k.Key)))
        {
            string node = users[0].Keys.First(k => k.Value == key).Key;
            string status = store.TryOpen(key, node) is not null ? "cached" : "computed once";
            shared.AddRow(Markup.Escape(node), key[..12], Markup.Escape(string.Join(", ", users.Select(u => u.Member.Name))), status);
        }
        AnsiConsole.Write(shared);
        Console.WriteLine($"{plan.Members.Count} members, {plan.TotalNodes} nodes, {plan.DistinctNodes} distinct ({plan.TotalNodes - plan.DistinctNodes} shared node runs saved)");
        return 0;
    }

    static int FirstNode(SweepMemberPlan member, string key) => member.Plan.Nodes.ToList().FindIndex(n => member.Keys[n.Id] == key);
}

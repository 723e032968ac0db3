using SocioRunner.Core.Experiments;
using SocioRunner.Core.Nodes;

namespace SocioRunner.Core.Graph;

/// <summary>A node that passed validation: its kind, typed options, resolved inputs and seed.</summary>
public sealed record PlannedNode(
    NodeDeclaration Declaration,
    INodeKind Kind,
    object Options,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Inputs,
    int Seed)
{
    public string Id => Declaration.Id;

    public IEnumerable<string> Dependencies => Inputs.Values.SelectMany(v => v).Distinct();
}

/// <summary>A validated experiment: nodes in topological (execution) order.</summary>
public sealed record ExperimentPlan(Experiment Experiment, IReadOnlyList<PlannedNode> Nodes)
{
    public PlannedNode this[string id] => Nodes.First(n => n.Id == id);

    /// <summary>Only <paramref name="targets"/> and the nodes they need (all nodes when none are given).</summary>
    public ExperimentPlan Upstream(IReadOnlyCollection<string> targets)
    {
        if (targets.Count == 0) return this;
        var needed = new HashSet<string>(targets, StringComparer.Ordinal);
        foreach (var node in Nodes.Reverse())
            if (needed.Contains(node.Id)) needed.UnionWith(node.Dependencies);
        return this with { Nodes = Nodes.Where(n => needed.Contains(n.Id)).ToList() };
    }

    /// <summary>The ids of <paramref name="ids"/> and of every node downstream of them.</summary>
    public IReadOnlySet<string> WithDependents(IEnumerable<string> ids)
    {
        var result = new HashSet<string>(ids, StringComparer.Ordinal);
        foreach (var node in Nodes)
            if (node.Dependencies.Any(result.Contains)) result.Add(node.Id);
        return result;
    }
}

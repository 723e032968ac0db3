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

    /// <summary>The ids of <paramref name="ids"/> and of every node downstream of them.</summary>
    public IReadOnlySet<string> WithDependents(IEnumerable<string> ids)
    {
        var result = new HashSet<string>(ids, StringComparer.Ordinal);
        foreach (var node in Nodes)
            if (node.Dependencies.Any(result.Contains)) result.Add(node.Id);
        return result;
    }
}

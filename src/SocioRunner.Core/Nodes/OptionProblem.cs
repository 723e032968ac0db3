namespace SocioRunner.Core.Nodes;

/// <summary>
/// One problem a node kind finds in its options or wiring, reported by the planner with the node's position and
/// dotted path (<c>nodes.tsne.learning_rate</c>).
/// </summary>
/// <param name="Key">The snake_case option key (<c>learning_rate</c>, <c>inputs.concepts</c>), or empty for the node as a whole.</param>
public sealed record OptionProblem(string Key, string Message)
{
    public static OptionProblem ForNode(string message) => new("", message);
}

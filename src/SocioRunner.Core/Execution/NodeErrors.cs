using SocioRunner.Core.Errors;
using SocioRunner.Core.Graph;

namespace SocioRunner.Core.Execution;

/// <summary>
/// The wording of every error a node raises while it runs: it starts where the node is declared and its config path
/// (<c>experiments/x.yaml:42:3: nodes.tsne: ...</c>), as validation problems do, so the user knows which node of
/// which file to fix. The exit code stays that of the cause (2 bad input or data, 3 node failure).
/// </summary>
public static class NodeErrors
{
    public static string Where(PlannedNode node) => $"{node.Declaration.Location}: nodes.{node.Id}";

    public static InvalidInputException InvalidInput(PlannedNode node, string message, Exception inner) =>
        new($"{Where(node)}: {message}", inner);

    public static NodeFailedException Failed(PlannedNode node, string reason, Exception inner) =>
        NodeFailedException.Located(node.Id, reason, $"{Where(node)}: {reason}", inner);

    public static NodeFailedException DiskFull(PlannedNode node, string reason, string cacheRoot, Exception inner) =>
        Failed(node, $"{reason}; the disk holding the cache ({cacheRoot}) is full: free space or point --cache elsewhere, then re-run", inner);
}

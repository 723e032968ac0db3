namespace SocioRunner.Core.Errors;

/// <summary>
/// The few exception types the tool throws on purpose. Each maps to a documented exit code;
/// the top-level handler prints <see cref="Exception.Message"/> only (full trace with --verbose).
/// </summary>
public abstract class SocioException(string message, Exception? inner = null) : Exception(message, inner)
{
    public abstract int ExitCode { get; }
}

/// <summary>The user's input (experiment file, overrides, data) is wrong. Exit code 2.</summary>
public sealed class InvalidInputException : SocioException
{
    public InvalidInputException(string message, Exception? inner = null) : base(message, inner) => Problems = [];

    public InvalidInputException(IReadOnlyList<ConfigProblem> problems)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.ToString()))) => Problems = problems;

    public IReadOnlyList<ConfigProblem> Problems { get; }

    public override int ExitCode => ExitCodes.InvalidInput;
}

/// <summary>A node failed while running (not the user's config). Exit code 3.</summary>
public sealed class NodeFailedException : SocioException
{
    public NodeFailedException(string nodeId, string message, Exception? inner = null)
        : base($"node '{nodeId}' failed: {message}", inner) => (NodeId, Reason) = (nodeId, message);

    /// <summary>Used by the executor: the full message is already located (<c>file:line:col: nodes.id: reason</c>).</summary>
    NodeFailedException(string nodeId, string reason, string message, Exception? inner)
        : base(message, inner) => (NodeId, Reason) = (nodeId, reason);

    public static NodeFailedException Located(string nodeId, string reason, string locatedMessage, Exception? inner) =>
        new(nodeId, reason, locatedMessage, inner);

    public string NodeId { get; }

    /// <summary>What went wrong, without the node name or position.</summary>
    public string Reason { get; }

    public override int ExitCode => ExitCodes.NodeFailed;
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int InvalidInput = 2;
    public const int NodeFailed = 3;
    public const int CacheBusy = 4;
    public const int Cancelled = 130;
}

namespace SocioRunner.Core.Execution;

/// <summary>
/// Wraps each node execution (e.g. a TorchSharp dispose scope, registered by the models project), so the
/// executor owns tensor lifetime without Core depending on TorchSharp.
/// </summary>
public interface INodeScopeFactory
{
    /// <summary>The scope around one execution of a node of <paramref name="kind"/>, disposed when the node ends.</summary>
    IDisposable Enter(Nodes.INodeKind kind);
}

/// <summary>Resolves the experiment's device setting ("auto") to what will really be used; part of every cache key.</summary>
public interface IDeviceResolver
{
    string Resolve(string setting);
}

public sealed class PassThroughDeviceResolver : IDeviceResolver
{
    public string Resolve(string setting) => setting == "auto" ? "cpu" : setting;
}

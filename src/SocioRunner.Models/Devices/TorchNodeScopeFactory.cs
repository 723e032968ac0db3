using SocioRunner.Core.Execution;
using TorchSharp;

namespace SocioRunner.Models.Devices;

/// <summary>Wraps every node execution in a TorchSharp dispose scope so tensors a node forgets are freed when it ends.</summary>
public sealed class TorchNodeScopeFactory : INodeScopeFactory
{
    public IDisposable Enter() => torch.NewDisposeScope();
}

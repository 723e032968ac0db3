using SocioRunner.Core.Nodes;
using SocioRunner.Models.Training.Internal;

namespace SocioRunner.Models.Training.Probe;

/// <summary><c>train/probe</c>: linear probing, a linear head (or, with <c>hidden_units</c>, one hidden layer) trained with L1 loss on the frozen encoder's pooled embedding.</summary>
public sealed class ProbeTrainNode : NodeKind<ProbeTrainOptions>
{
    public override string Name => "train/probe";

    public override string Description => "linear probe on a frozen encoder (L1 loss, AdamW, exponential decay)";

    public override IReadOnlyList<InputSlot> Inputs => SupervisedNodeRunner.Inputs("the frozen encoder (e.g. from train/rnc)");

    // 2: label-scaled head (training on standardised labels).
    public override int Version => 3; // 3: 8-bit tile cache, batched tensor augmentation

    public override string OutputType => ArtifactTypes.Model;

    protected override Task ExecuteAsync(NodeContext context, ProbeTrainOptions options)
    {
        SupervisedNodeRunner.Run(context, options, trainEncoder: false, Name);
        return Task.CompletedTask;
    }
}

using SocioRunner.Core.Nodes;
using SocioRunner.Models.Training.Internal;

namespace SocioRunner.Models.Training.Regression;

/// <summary><c>train/regression</c>: the paper's baseline, encoder and linear head (or, with <c>hidden_units</c>, one hidden layer) trained end to end with L1 loss.</summary>
public sealed class RegressionTrainNode : NodeKind<RegressionTrainOptions>
{
    public override string Name => "train/regression";

    public override string Description => "end-to-end L1 regression baseline (encoder + linear head, AdamW, exponential decay)";

    public override IReadOnlyList<InputSlot> Inputs => SupervisedNodeRunner.Inputs("the encoder to train (architecture and initial weights)");

    // 2: label-scaled head (training on standardised labels).
    public override int Version => 3; // 3: 8-bit tile cache, batched tensor augmentation

    public override string OutputType => ArtifactTypes.Model;

    protected override Task ExecuteAsync(NodeContext context, RegressionTrainOptions options)
    {
        SupervisedNodeRunner.Run(context, options, trainEncoder: true, Name);
        return Task.CompletedTask;
    }
}

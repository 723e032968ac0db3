using SocioRunner.Core.Nodes;
using SocioRunner.Data.Batching;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Internal;

namespace SocioRunner.Models.Encoders.ResNet;

/// <summary><c>encoder/resnet</c>: writes a freshly initialized ResNet encoder artifact (seeded).</summary>
public sealed class ResNetEncoderNode : NodeKind<ResNetEncoderOptions>
{
    public override string Name => "encoder/resnet";

    public override string Description => "TorchVision ResNet (18/34/50) without classifier, randomly initialized";

    public override IReadOnlyList<InputSlot> Inputs => [];

    public override string OutputType => ArtifactTypes.Encoder;

    protected override IEnumerable<OptionProblem> Validate(ResNetEncoderOptions options)
    {
        if (!ResNetEncoder.SupportedDepths.Contains(options.Depth))
            yield return new OptionProblem("depth", $"must be one of {string.Join(", ", ResNetEncoder.SupportedDepths)}, got {options.Depth}");
    }

    protected override Task ExecuteAsync(NodeContext context, ResNetEncoderOptions options)
    {
        TorchRuntime.Prepare(context);
        using var encoder = new ResNetEncoder(options.Depth, options.InputSize);
        ModelArtifact.SaveEncoder(context, encoder, InputPreprocessing.Original(encoder.InputSize), Name);
        context.Summary["architecture"] = encoder.Spec.ToString();
        context.Summary["parameters"] = encoder.parameters().Sum(p => p.numel());
        return Task.CompletedTask;
    }
}

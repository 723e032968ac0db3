using SocioRunner.Core.Nodes;
using SocioRunner.Data.Batching;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Internal;

namespace SocioRunner.Models.Encoders.SmallCnn;

/// <summary><c>encoder/small-cnn</c>: writes a freshly initialized small CNN encoder artifact (seeded).</summary>
public sealed class SmallCnnEncoderNode : NodeKind<SmallCnnEncoderOptions>
{
    public override string Name => "encoder/small-cnn";

    public override string Description => "small fast CNN (stem, conv blocks, global average pool) for quick runs";

    public override IReadOnlyList<InputSlot> Inputs => [];

    public override string OutputType => ArtifactTypes.Encoder;

    protected override IEnumerable<OptionProblem> Validate(SmallCnnEncoderOptions options)
    {
        if (options.Widths.Count == 0) yield return new OptionProblem("widths", "give at least one block width");
        if (options.Widths.Any(w => w < 1 || w > 4096)) yield return new OptionProblem("widths", "each width must be between 1 and 4096");
    }

    protected override Task ExecuteAsync(NodeContext context, SmallCnnEncoderOptions options)
    {
        TorchRuntime.Prepare(context);
        using var encoder = new SmallCnnEncoder(options.Widths, options.InputSize);
        ModelArtifact.SaveEncoder(context, encoder, InputPreprocessing.Original(encoder.InputSize), Name);
        context.Summary["architecture"] = encoder.Spec.ToString();
        context.Summary["parameters"] = encoder.parameters().Sum(p => p.numel());
        return Task.CompletedTask;
    }
}

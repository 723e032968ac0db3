using SocioRunner.Models.Encoders.ResNet;
using SocioRunner.Models.Encoders.SmallCnn;

namespace SocioRunner.Models.Encoders;

/// <summary>Builds a freshly initialized encoder from its <see cref="EncoderSpec"/>.</summary>
public static class EncoderFactory
{
    public static StagedEncoder Create(EncoderSpec spec) => spec.Architecture switch
    {
        EncoderSpec.ResNet => new ResNetEncoder(spec.Depth ?? 50, spec.InputSize),
        EncoderSpec.SmallCnn => new SmallCnnEncoder(spec.Widths ?? SmallCnnEncoder.DefaultWidths, spec.InputSize),
        _ => throw new ArgumentException($"unknown encoder architecture '{spec.Architecture}'; known: {EncoderSpec.ResNet}, {EncoderSpec.SmallCnn}"),
    };
}

using System.ComponentModel.DataAnnotations;

namespace SocioRunner.Models.Encoders.ResNet;

/// <summary>Options of <c>encoder/resnet</c>: a randomly initialized TorchVision ResNet without its classifier (no ImageNet weights offline).</summary>
public sealed record ResNetEncoderOptions
{
    /// <summary>18, 34 or 50 (the paper uses 50).</summary>
    public int Depth { get; init; } = 50;

    /// <summary>Expected square input size in pixels (the paper resizes to 500).</summary>
    [Range(16, 4096)]
    public int InputSize { get; init; } = 500;
}

using System.ComponentModel.DataAnnotations;

namespace SocioRunner.Data.Batching;

/// <summary>Image transforms (a YAML options sub-record). Training: resize, flips, RandAugment, random erasing, min-max
/// normalisation; evaluation: resize, [0,1] scaling and min-max normalisation only.</summary>
public sealed record TransformOptions
{
    [Range(8, 2048)] public int Size { get; init; } = 40;
    public bool HorizontalFlip { get; init; } = true;
    public bool VerticalFlip { get; init; } = true;
    public bool RandAugment { get; init; } = true;
    /// <summary>Number of RandAugment operations per image.</summary>
    [Range(0, 10)] public int RandAugmentN { get; init; } = 2;
    /// <summary>RandAugment magnitude on torchvision's 0..30 scale (default 9).</summary>
    [Range(0, 30)] public int RandAugmentMagnitude { get; init; } = 9;
    /// <summary>Probability of erasing one random rectangle (torchvision RandomErasing, scale 0.02..0.33, ratio 0.3..3.3).</summary>
    [Range(0.0, 1.0)] public double RandomErasing { get; init; } = 0.25;
    public bool MinMaxNormalize { get; init; } = true;
}

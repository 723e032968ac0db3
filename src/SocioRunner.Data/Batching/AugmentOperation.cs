namespace SocioRunner.Data.Batching;

/// <summary>The operations of <see cref="RandAugment"/> (torchvision's set without equalize), in draw order.</summary>
public enum AugmentOperation
{
    Identity,
    /// <summary>Blend with a 3x3 smoothed copy (kernel 1 1 1 / 1 5 1 / 1 1 1, border kept) by <see cref="AugmentStep.Factor"/>, clamp.</summary>
    Sharpness,
    /// <summary>Blend with the image's mean grey level by <see cref="AugmentStep.Factor"/>, clamp.</summary>
    Contrast,
    /// <summary>Blend with the grey image (saturation) by <see cref="AugmentStep.Factor"/>, clamp.</summary>
    Color,
    /// <summary>Multiply by <see cref="AugmentStep.Factor"/>, clamp.</summary>
    Brightness,
    /// <summary>Invert values at or above the threshold <see cref="AugmentStep.Factor"/>.</summary>
    Solarize,
    /// <summary>Quantize to <see cref="AugmentStep.Factor"/> levels (floor).</summary>
    Posterize,
    /// <summary>Stretch each channel to [0,1] (unchanged when flat).</summary>
    AutoContrast,
    /// <summary>Rotation, shear or translation (<see cref="AugmentStep.Affine"/>), bilinear, zero fill.</summary>
    Affine,
}

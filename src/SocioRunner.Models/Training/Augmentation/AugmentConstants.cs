using TorchSharp;

namespace SocioRunner.Models.Training.Augmentation;

/// <summary>The Scalars the batched augmentation passes to LibTorch, held for the process's lifetime (a temporary
/// Scalar can be finalized during the native call; see PLATFORM.md). Immutable constants, safe to share across threads.</summary>
internal static class AugmentConstants
{
    public static readonly Scalar Zero = 0.0.ToScalar();
    public static readonly Scalar One = 1.0.ToScalar();
    public static readonly Scalar InverseByte = (1.0 / 255.0).ToScalar();
    public static readonly Scalar Infinity = double.PositiveInfinity.ToScalar();
    /// <summary>Below this range an image is flat: min-max normalisation makes it 0 (the reference's threshold).</summary>
    public static readonly Scalar FlatImage = 1e-12.ToScalar();
    /// <summary>Below this range a channel is left unchanged by auto-contrast.</summary>
    public static readonly Scalar FlatChannel = ((double)1e-6f).ToScalar();
    public static readonly Scalar RedWeight = ((double)0.299f).ToScalar();
    public static readonly Scalar GreenWeight = ((double)0.587f).ToScalar();
    public static readonly Scalar BlueWeight = ((double)0.114f).ToScalar();
}

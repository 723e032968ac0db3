namespace SocioRunner.Data.Batching;

/// <summary>How a per-image value normalisation maps an RGB image in [0, 1] before the model sees it.</summary>
public enum ImageNormalization
{
    /// <summary>The image as decoded: 8-bit values divided by 255.</summary>
    None,

    /// <summary>(x - min) / (max - min) over the whole image, all channels (the original project's; a constant image becomes zeros).</summary>
    MinMaxPerImage,
}

using SocioRunner.Data.Batching;

namespace SocioRunner.Explain.Tcav.Inputs;

/// <summary>
/// The value normalisation of a model's recorded <see cref="InputPreprocessing"/> (docs/data.md, "Transforms and
/// batching"), applied to an image already scaled to [0, 1] and resized. The original min-max per image is the default
/// of every model that records nothing.
/// </summary>
public static class ImagePreprocessing
{
    public static float[] Apply(float[] chw, ImageNormalization normalization) => normalization switch
    {
        ImageNormalization.MinMaxPerImage => MinMaxNormalize(chw),
        _ => chw,
    };

    /// <summary>(x - min) / (max - min) over the whole image (all channels); a constant image becomes all zeros.</summary>
    public static float[] MinMaxNormalize(float[] chw)
    {
        float min = float.PositiveInfinity, max = float.NegativeInfinity;
        foreach (float v in chw)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        var result = new float[chw.Length];
        float range = max - min;
        if (!(range > 0))
        {
            return result;
        }

        for (int i = 0; i < chw.Length; i++)
        {
            result[i] = (chw[i] - min) / range;
        }

        return result;
    }
}

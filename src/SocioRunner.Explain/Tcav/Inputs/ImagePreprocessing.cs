namespace SocioRunner.Explain.Tcav.Inputs;

/// <summary>The training preprocessing (docs/data.md, "Transforms and batching"): images scaled to [0, 1], then min-max normalized per image.</summary>
public static class ImagePreprocessing
{
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

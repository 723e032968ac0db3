namespace SocioRunner.Data.Images;

/// <summary>Antialiased resize of CHW float images: separable triangle (bilinear) filter whose support widens with the
/// downscale factor (the scheme of PIL's <c>Image.resize(BILINEAR)</c> and torchvision's antialias=True).</summary>
public static class Resampler
{
    public static float[] Resize(float[] chw, int channels, int width, int height, int outWidth, int outHeight)
    {
        if (width == outWidth && height == outHeight) return (float[])chw.Clone();
        var (xIndex, xWeight, xTaps) = Weights(width, outWidth);
        var (yIndex, yWeight, yTaps) = Weights(height, outHeight);
        var temp = new float[channels * height * outWidth];
        var output = new float[channels * outHeight * outWidth];
        for (int c = 0; c < channels; c++)
        {
            int inPlane = c * width * height, tmpPlane = c * height * outWidth, outPlane = c * outHeight * outWidth;
            for (int y = 0; y < height; y++)
                for (int x = 0; x < outWidth; x++)
                {
                    float sum = 0f;
                    int start = xIndex[x];
                    for (int t = 0; t < xTaps; t++) sum += xWeight[x * xTaps + t] * chw[inPlane + y * width + Math.Min(start + t, width - 1)];
                    temp[tmpPlane + y * outWidth + x] = sum;
                }
            for (int y = 0; y < outHeight; y++)
            {
                int start = yIndex[y];
                for (int x = 0; x < outWidth; x++)
                {
                    float sum = 0f;
                    for (int t = 0; t < yTaps; t++) sum += yWeight[y * yTaps + t] * temp[tmpPlane + Math.Min(start + t, height - 1) * outWidth + x];
                    output[outPlane + y * outWidth + x] = sum;
                }
            }
        }
        return output;
    }

    static (int[] Index, float[] Weight, int Taps) Weights(int inSize, int outSize)
    {
        double scale = (double)inSize / outSize, support = Math.Max(scale, 1.0);
        int taps = (int)Math.Ceiling(support) * 2 + 1;
        var index = new int[outSize];
        var weight = new float[outSize * taps];
        for (int o = 0; o < outSize; o++)
        {
            double center = (o + 0.5) * scale;
            int start = Math.Max(0, (int)Math.Floor(center - support));
            int end = Math.Min(inSize, (int)Math.Ceiling(center + support));
            index[o] = start;
            double total = 0;
            for (int i = start; i < end && i - start < taps; i++)
            {
                double w = Math.Max(0.0, 1.0 - Math.Abs((i + 0.5 - center) / support));
                weight[o * taps + i - start] = (float)w;
                total += w;
            }
            for (int t = 0; t < taps; t++) weight[o * taps + t] = total > 0 ? (float)(weight[o * taps + t] / total) : 0f;
        }
        return (index, weight, taps);
    }
}

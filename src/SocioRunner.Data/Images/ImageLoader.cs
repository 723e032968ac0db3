using SocioRunner.Core.Inputs;

namespace SocioRunner.Data.Images;

/// <summary>Decodes an image file (PNG/JPEG via SkiaSharp, TIFF via LibTiff; first three bands) to RGB float CHW in [0,1].</summary>
public static class ImageLoader
{
    public static bool IsTiff(string path) =>
        path.EndsWith(".tif", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tiff", StringComparison.OrdinalIgnoreCase);

    public static RasterImage Decode(string path, InputLimits? limits = null)
    {
        if (!File.Exists(path)) throw DataErrors.MissingFile(path, "image file");
        return IsTiff(path) ? TiffCodec.Decode(path, limits) : PngCodec.Decode(path, limits);
    }

    /// <summary>Refuses, from the header's size alone, an image larger than the limits, before any pixel buffer exists.</summary>
    public static void CheckSize(string path, long width, long height, InputLimits? limits)
    {
        limits ??= InputLimits.Default;
        if (width > limits.ImageMaxSide || height > limits.ImageMaxSide || width * height > limits.ImageMaxPixels)
            throw DataErrors.ImageTooLarge(path, width, height, limits);
    }

    /// <summary>RGB float CHW in [0,1], resized (antialiased) to <paramref name="size"/> x <paramref name="size"/>.</summary>
    public static float[] LoadRgb(string path, int size, InputLimits? limits = null)
    {
        var image = Decode(path, limits);
        float[] rgb = image.ToRgbUnit(path);
        return Resampler.Resize(rgb, 3, image.Width, image.Height, size, size);
    }
}

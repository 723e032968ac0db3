namespace SocioRunner.Data.Images;

/// <summary>Decodes an image file (PNG/JPEG via SkiaSharp, TIFF via LibTiff; first three bands) to RGB float CHW in [0,1].</summary>
public static class ImageLoader
{
    public static bool IsTiff(string path) =>
        path.EndsWith(".tif", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tiff", StringComparison.OrdinalIgnoreCase);

    public static RasterImage Decode(string path)
    {
        if (!File.Exists(path)) throw DataErrors.MissingFile(path, "image file");
        return IsTiff(path) ? TiffCodec.Decode(path) : PngCodec.Decode(path);
    }

    /// <summary>RGB float CHW in [0,1], resized (antialiased) to <paramref name="size"/> x <paramref name="size"/>.</summary>
    public static float[] LoadRgb(string path, int size)
    {
        var image = Decode(path);
        float[] rgb = image.ToRgbUnit(path);
        return Resampler.Resize(rgb, 3, image.Width, image.Height, size, size);
    }
}

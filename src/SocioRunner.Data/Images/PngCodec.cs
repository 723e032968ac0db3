using System.Runtime.InteropServices;
using SkiaSharp;
using SocioRunner.Core.Inputs;

namespace SocioRunner.Data.Images;

/// <summary>PNG (and JPEG, anything SkiaSharp decodes) to RGB rasters and back.</summary>
public static class PngCodec
{
    public static RasterImage Decode(string path, InputLimits? limits = null)
    {
        var (rgb, width, height) = DecodeRgbPlanes(path, limits);
        var data = new float[rgb.Length];
        for (int i = 0; i < rgb.Length; i++) data[i] = rgb[i];
        return new RasterImage(width, height, 3, data, 255f);
    }

    /// <summary>The decoded image as 8-bit R, G and B planes (CHW).</summary>
    public static (byte[] Planes, int Width, int Height) DecodeRgbPlanes(string path, InputLimits? limits = null)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (IOException e) { throw DataErrors.CorruptImage(path, e.Message, e); }
        using var codec = SKCodec.Create(new SKMemoryStream(bytes))
            ?? throw DataErrors.CorruptImage(path, "not a PNG/JPEG image");
        // The header alone gives the size; checking it here keeps a lying header from sizing the buffer below.
        ImageLoader.CheckSize(path, codec.Info.Width, codec.Info.Height, limits);
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var pixels = new byte[info.BytesSize];
        var handle = GCHandle.Alloc(pixels, GCHandleType.Pinned);
        SKCodecResult result;
        try { result = codec.GetPixels(info, handle.AddrOfPinnedObject()); }
        finally { handle.Free(); }
        if (result != SKCodecResult.Success) throw DataErrors.CorruptImage(path, $"decoder says {result}");
        int n = info.Width * info.Height;
        var planes = new byte[3 * n];
        for (int i = 0; i < n; i++)
        {
            planes[i] = pixels[4 * i];
            planes[n + i] = pixels[4 * i + 1];
            planes[2 * n + i] = pixels[4 * i + 2];
        }
        return (planes, info.Width, info.Height);
    }

    /// <summary>Writes interleaved RGB bytes (HWC) as an opaque PNG.</summary>
    public static void EncodeRgb(string path, ReadOnlySpan<byte> rgb, int width, int height)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var bitmap = new SKBitmap(info);
        var pixels = new byte[width * height * 4];
        for (int i = 0; i < width * height; i++)
        {
            pixels[4 * i] = rgb[3 * i]; pixels[4 * i + 1] = rgb[3 * i + 1]; pixels[4 * i + 2] = rgb[3 * i + 2]; pixels[4 * i + 3] = 255;
        }
        Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        data.SaveTo(file);
    }

    /// <summary>Writes the first three bands of a raster (scaled by its <see cref="RasterImage.MaxValue"/>) as an RGB PNG.</summary>
    public static void EncodeRaster(string path, RasterImage image, string sourcePath)
    {
        if (image.Bands < 3) throw DataErrors.TooFewBands(sourcePath, image.Bands, 3);
        int n = image.Width * image.Height;
        var rgb = new byte[3 * n];
        float scale = 255f / image.MaxValue;
        for (int i = 0; i < n; i++)
            for (int c = 0; c < 3; c++)
                rgb[3 * i + c] = (byte)Math.Clamp(MathF.Round(image.Data[c * n + i] * scale), 0f, 255f);
        EncodeRgb(path, rgb, image.Width, image.Height);
    }
}

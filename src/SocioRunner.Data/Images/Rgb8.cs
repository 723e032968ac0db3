namespace SocioRunner.Data.Images;

/// <summary>
/// 8-bit RGB CHW tiles, the form training batches are cached and shipped in (a quarter of float32's memory and
/// host-to-device traffic). Resizing happens in float and is rounded back to 8 bits, as the original's PIL pipeline
/// (<c>Image.resize</c> on 8-bit images, then <c>ToTensor</c>) does.
/// </summary>
public static class Rgb8
{
    /// <summary>Decodes <paramref name="path"/> and resizes it (antialiased) to <paramref name="size"/> x <paramref name="size"/>, as 3*size*size bytes.</summary>
    public static byte[] Load(string path, int size)
    {
        if (!ImageLoader.IsTiff(path))
        {
            if (!File.Exists(path)) throw DataErrors.MissingFile(path, "image file");
            var (bytes, width, height) = PngCodec.DecodeRgbPlanes(path);
            if (width == size && height == size) return bytes;
            var unit = new float[bytes.Length];
            for (int i = 0; i < bytes.Length; i++) unit[i] = bytes[i] * (1f / 255f);
            return Quantize(Resampler.Resize(unit, 3, width, height, size, size));
        }
        return Quantize(ImageLoader.LoadRgb(path, size));
    }

    /// <summary>[0,1] floats to bytes (round to nearest).</summary>
    public static byte[] Quantize(float[] unit)
    {
        var bytes = new byte[unit.Length];
        for (int i = 0; i < unit.Length; i++) bytes[i] = (byte)Math.Clamp(MathF.Round(unit[i] * 255f), 0f, 255f);
        return bytes;
    }

    /// <summary>Bytes to [0,1] floats (the managed reference of the tensor path's <c>x / 255</c>).</summary>
    public static float[] ToUnit(ReadOnlySpan<byte> bytes)
    {
        var unit = new float[bytes.Length];
        for (int i = 0; i < bytes.Length; i++) unit[i] = bytes[i] / 255f;
        return unit;
    }
}

namespace SocioRunner.Data.Images;

/// <summary>A decoded image: <see cref="Bands"/> planes of <see cref="Width"/> x <see cref="Height"/> values (band-major),
/// in the file's own units; <see cref="MaxValue"/> is the full-scale value (255 for 8 bit, 65535 for 16 bit, 32767 for int16, the
/// largest value of float data); <see cref="NoData"/> marks pixels without data (GDAL's nodata), read as black and void.</summary>
public sealed record RasterImage(int Width, int Height, int Bands, float[] Data, float MaxValue)
{
    public float? NoData { get; init; }

    bool IsVoid(float value) => value == 0f || value == NoData || !float.IsFinite(value);

    public ReadOnlySpan<float> Band(int band) => Data.AsSpan(band * Width * Height, Width * Height);

    /// <summary>The first three bands scaled to [0,1], CHW.</summary>
    public float[] ToRgbUnit(string path)
    {
        if (Bands < 3) throw DataErrors.TooFewBands(path, Bands, 3);
        int n = Width * Height;
        var rgb = new float[3 * n];
        float scale = MaxValue > 0 ? 1f / MaxValue : 1f;
        for (int i = 0; i < 3 * n; i++) rgb[i] = IsVoid(Data[i]) ? 0f : Math.Clamp(Data[i] * scale, 0f, 1f);
        return rgb;
    }

    /// <summary>Share of zero (or nodata) values over the first three bands (the original's "void tile" test).</summary>
    public double ZeroShare()
    {
        int n = Math.Min(Bands, 3) * Width * Height, zeros = 0;
        for (int i = 0; i < n; i++) if (IsVoid(Data[i])) zeros++;
        return n == 0 ? 1.0 : (double)zeros / n;
    }
}

using BitMiracle.LibTiff.Classic;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Inputs;
using SocioRunner.Data.Images.Internal;

namespace SocioRunner.Data.Images;

/// <summary>
/// Multi-band TIFF (FLAIR patches and masks, liveability GeoTIFFs) through BitMiracle.LibTiff.NET, as GDAL writes them:
/// strips or tiles, classic or BigTIFF, contiguous or separate planes, uncompressed/LZW/DEFLATE/PackBits/JPEG with
/// any predictor, 8/16/32-bit integers (signed or not) or 32/64-bit floats, GDAL's nodata tag. Values are kept in the
/// file's units (tests compare them with what GDAL reads); a compression LibTiff.NET lacks (ZSTD, LERC, WEBP, ...) is
/// refused up front, naming it, and every other failure keeps LibTiff's own reason.
/// </summary>
public static class TiffCodec
{
    /// <summary>More bands than any multispectral patch has (FLAIR: 5); a larger count is a damaged or hostile header.</summary>
    const int MaxBands = 64;

    /// <summary>GDAL's private tag holding the nodata value as text (TIFFTAG_GDAL_NODATA).</summary>
    const TiffTag GdalNoData = (TiffTag)42113;

    public static RasterImage Decode(string path, InputLimits? limits = null)
    {
        if (!File.Exists(path)) throw DataErrors.MissingFile(path, "TIFF file");
        TiffErrorLog.Begin();
        using var tiff = Tiff.Open(path, "r") ?? throw DataErrors.CorruptImage(path, WithReason("not a TIFF file"));
        try { return Read(tiff, path, limits); }
        catch (Exception e) when (e is not SocioException)
        {
            throw DataErrors.CorruptImage(path, WithReason(e.Message), e);
        }
    }

    static string WithReason(string problem) => TiffErrorLog.Reason() is string reason ? $"{problem}; LibTiff: {reason}" : problem;

    static RasterImage Read(Tiff tiff, string path, InputLimits? limits)
    {
        int width = Field(tiff, TiffTag.IMAGEWIDTH, 0), height = Field(tiff, TiffTag.IMAGELENGTH, 0);
        int bands = Field(tiff, TiffTag.SAMPLESPERPIXEL, 1), bits = Field(tiff, TiffTag.BITSPERSAMPLE, 1);
        int compression = Field(tiff, TiffTag.COMPRESSION, (int)Compression.NONE);
        var samples = new TiffSampleReader(bits, (SampleFormat)Field(tiff, TiffTag.SAMPLEFORMAT, (int)SampleFormat.UINT), path);
        bool separate = (PlanarConfig)Field(tiff, TiffTag.PLANARCONFIG, (int)PlanarConfig.CONTIG) == PlanarConfig.SEPARATE;
        if (width <= 0 || height <= 0) throw DataErrors.CorruptImage(path, "no image size");
        ImageLoader.CheckSize(path, width, height, limits);
        if (bands is < 1 or > MaxBands) throw DataErrors.CorruptImage(path, $"{bands} samples per pixel; 1 to {MaxBands} are supported");
        if (!tiff.IsCodecConfigured((Compression)compression)) throw DataErrors.UnsupportedCompression(path, TiffCompressionNames.Of(compression));
        if (compression == (int)Compression.JPEG && (Photometric)Field(tiff, TiffTag.PHOTOMETRIC, 0) == Photometric.YCBCR)
            tiff.SetField(TiffTag.JPEGCOLORMODE, JpegColorMode.RGB); // let the codec convert YCbCr to RGB, as GDAL does

        int n = width * height;
        var data = new float[bands * n];
        int planes = separate ? bands : 1, perPixel = separate ? 1 : bands;
        if (tiff.IsTiled()) ReadTiles(tiff, path, samples, data, width, height, planes, perPixel);
        else ReadStrips(tiff, path, samples, data, width, height, planes, perPixel);

        float? noData = NoData(tiff, path);
        float max = samples.IsFloat ? DataMax(data, Math.Min(bands, 3) * n, noData) : samples.FullScale;
        return new RasterImage(width, height, bands, data, max) { NoData = noData };
    }

    static void ReadTiles(Tiff tiff, string path, TiffSampleReader samples, float[] data, int width, int height, int planes, int perPixel)
    {
        int tw = Field(tiff, TiffTag.TILEWIDTH, 0), th = Field(tiff, TiffTag.TILELENGTH, 0), n = width * height;
        if (tw <= 0 || th <= 0) throw DataErrors.CorruptImage(path, "tiled without a tile size");
        var buffer = new byte[tiff.TileSize()];
        for (int plane = 0; plane < planes; plane++)
            for (int y0 = 0; y0 < height; y0 += th)
                for (int x0 = 0; x0 < width; x0 += tw)
                {
                    if (tiff.ReadTile(buffer, 0, x0, y0, 0, (short)plane) < 0)
                        throw DataErrors.CorruptImage(path, WithReason($"truncated or undecodable tile at x {x0}, y {y0}"));
                    for (int y = y0; y < Math.Min(y0 + th, height); y++)
                        for (int x = x0; x < Math.Min(x0 + tw, width); x++)
                            Store(buffer, ((y - y0) * tw + (x - x0)) * perPixel, samples, data, plane, perPixel, y * width + x, n);
                }
    }

    static void ReadStrips(Tiff tiff, string path, TiffSampleReader samples, float[] data, int width, int height, int planes, int perPixel)
    {
        int n = width * height;
        var buffer = new byte[tiff.ScanlineSize()];
        for (int plane = 0; plane < planes; plane++)
            for (int y = 0; y < height; y++)
            {
                if (!tiff.ReadScanline(buffer, y, (short)plane))
                    throw DataErrors.CorruptImage(path, WithReason($"truncated or undecodable strip at row {y}"));
                for (int x = 0; x < width; x++) Store(buffer, x * perPixel, samples, data, plane, perPixel, y * width + x, n);
            }
    }

    static void Store(byte[] buffer, int sampleIndex, TiffSampleReader samples, float[] data, int plane, int perPixel, int pixel, int n)
    {
        for (int s = 0; s < perPixel; s++) data[(plane + s) * n + pixel] = samples.Read(buffer, sampleIndex + s);
    }

    /// <summary>The full scale of float data: its largest finite value that is not nodata (at least 1).</summary>
    static float DataMax(float[] data, int count, float? noData)
    {
        float max = 0f;
        for (int i = 0; i < count; i++)
            if (float.IsFinite(data[i]) && data[i] != noData) max = Math.Max(max, data[i]);
        return max > 1f ? max : 1f;
    }

    static float? NoData(Tiff tiff, string path)
    {
        var value = tiff.GetField(GdalNoData);
        if (value is not { Length: > 0 }) return null;
        string text = (value.Length > 1 ? value[1] : value[0]).ToString()?.Trim('\0', ' ') ?? "";
        if (text.Length == 0) return null;
        return float.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out float noData)
            ? noData
            : throw DataErrors.CorruptImage(path, $"GDAL nodata tag holds '{text}', not a number");
    }

    static int Field(Tiff tiff, TiffTag tag, int fallback)
    {
        var value = tiff.GetField(tag) ?? tiff.GetFieldDefaulted(tag);
        return value is { Length: > 0 } ? value[0].ToInt() : fallback;
    }

    /// <summary>Writes 8-bit bands (band-major, <paramref name="bands"/> x height x width) as an LZW-compressed, contiguous TIFF.</summary>
    public static void WriteBytes(string path, byte[] bandMajor, int width, int height, int bands)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        TiffErrorLog.Begin();
        using var tiff = Tiff.Open(path, "w") ?? throw new IOException($"cannot create {path}");
        tiff.SetField(TiffTag.IMAGEWIDTH, width);
        tiff.SetField(TiffTag.IMAGELENGTH, height);
        tiff.SetField(TiffTag.SAMPLESPERPIXEL, bands);
        tiff.SetField(TiffTag.BITSPERSAMPLE, 8);
        tiff.SetField(TiffTag.SAMPLEFORMAT, SampleFormat.UINT);
        tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
        tiff.SetField(TiffTag.PHOTOMETRIC, bands >= 3 ? Photometric.RGB : Photometric.MINISBLACK);
        if (bands > 3) tiff.SetField(TiffTag.EXTRASAMPLES, bands - 3, Enumerable.Repeat((short)ExtraSample.UNSPECIFIED, bands - 3).ToArray());
        tiff.SetField(TiffTag.COMPRESSION, Compression.LZW);
        tiff.SetField(TiffTag.ROWSPERSTRIP, height);
        int n = width * height;
        var row = new byte[width * bands];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
                for (int b = 0; b < bands; b++) row[x * bands + b] = bandMajor[b * n + y * width + x];
            tiff.WriteScanline(row, y);
        }
        tiff.WriteDirectory();
    }
}

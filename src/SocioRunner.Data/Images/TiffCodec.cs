using BitMiracle.LibTiff.Classic;
using SocioRunner.Core.Inputs;

namespace SocioRunner.Data.Images;

/// <summary>Multi-band TIFF (FLAIR patches and masks, liveability GeoTIFFs) through BitMiracle.LibTiff.NET:
/// 8/16/32-bit integer or 32-bit float samples, strips or tiles, contiguous or separate planes.</summary>
public static class TiffCodec
{
    /// <summary>More bands than any multispectral patch has (FLAIR: 5); a larger count is a damaged or hostile header.</summary>
    const int MaxBands = 64;

    static TiffCodec() => Tiff.SetErrorHandler(new QuietTiffErrors());

    public static RasterImage Decode(string path, InputLimits? limits = null)
    {
        if (!File.Exists(path)) throw DataErrors.MissingFile(path, "TIFF file");
        using var tiff = Tiff.Open(path, "r") ?? throw DataErrors.CorruptImage(path, "not a TIFF file");
        try { return Read(tiff, path, limits); }
        catch (Exception e) when (e is not SocioRunner.Core.Errors.SocioException)
        {
            throw DataErrors.CorruptImage(path, e.Message, e);
        }
    }

    static RasterImage Read(Tiff tiff, string path, InputLimits? limits)
    {
        int width = Field(tiff, TiffTag.IMAGEWIDTH, 0), height = Field(tiff, TiffTag.IMAGELENGTH, 0);
        int bands = Field(tiff, TiffTag.SAMPLESPERPIXEL, 1), bits = Field(tiff, TiffTag.BITSPERSAMPLE, 1);
        var format = (SampleFormat)Field(tiff, TiffTag.SAMPLEFORMAT, (int)SampleFormat.UINT);
        bool separate = (PlanarConfig)Field(tiff, TiffTag.PLANARCONFIG, (int)PlanarConfig.CONTIG) == PlanarConfig.SEPARATE;
        if (width <= 0 || height <= 0) throw DataErrors.CorruptImage(path, "no image size");
        ImageLoader.CheckSize(path, width, height, limits);
        if (bands is < 1 or > MaxBands) throw DataErrors.CorruptImage(path, $"{bands} samples per pixel; 1 to {MaxBands} are supported");
        if (bits is not (8 or 16 or 32)) throw DataErrors.CorruptImage(path, $"{bits}-bit samples are not supported");
        int bytesPer = bits / 8, n = width * height;
        var data = new float[bands * n];
        int planes = separate ? bands : 1, perPixel = separate ? 1 : bands;
        if (tiff.IsTiled())
        {
            int tw = Field(tiff, TiffTag.TILEWIDTH, 0), th = Field(tiff, TiffTag.TILELENGTH, 0);
            var buffer = new byte[tiff.TileSize()];
            for (int plane = 0; plane < planes; plane++)
                for (int y0 = 0; y0 < height; y0 += th)
                    for (int x0 = 0; x0 < width; x0 += tw)
                    {
                        if (tiff.ReadTile(buffer, 0, x0, y0, 0, (short)plane) < 0) throw DataErrors.CorruptImage(path, "truncated tile data");
                        for (int y = y0; y < Math.Min(y0 + th, height); y++)
                            for (int x = x0; x < Math.Min(x0 + tw, width); x++)
                                Store(buffer, ((y - y0) * tw + (x - x0)) * perPixel, bytesPer, format, data, plane, perPixel, y * width + x, n);
                    }
        }
        else
        {
            var buffer = new byte[tiff.ScanlineSize()];
            for (int plane = 0; plane < planes; plane++)
                for (int y = 0; y < height; y++)
                {
                    if (!tiff.ReadScanline(buffer, y, (short)plane)) throw DataErrors.CorruptImage(path, $"truncated at row {y}");
                    for (int x = 0; x < width; x++)
                        Store(buffer, x * perPixel, bytesPer, format, data, plane, perPixel, y * width + x, n);
                }
        }
        float max = format == SampleFormat.IEEEFP ? MaxOf(data, Math.Min(bands, 3) * n) : bits == 8 ? 255f : bits == 16 ? 65535f : uint.MaxValue;
        return new RasterImage(width, height, bands, data, max);
    }

    static void Store(byte[] buffer, int sampleIndex, int bytesPer, SampleFormat format, float[] data, int plane, int perPixel, int pixel, int n)
    {
        for (int s = 0; s < perPixel; s++)
        {
            int o = (sampleIndex + s) * bytesPer;
            float v = bytesPer switch
            {
                1 => format == SampleFormat.INT ? (sbyte)buffer[o] : buffer[o],
                2 => format == SampleFormat.INT ? BitConverter.ToInt16(buffer, o) : BitConverter.ToUInt16(buffer, o),
                _ => format == SampleFormat.IEEEFP ? BitConverter.ToSingle(buffer, o)
                    : format == SampleFormat.INT ? BitConverter.ToInt32(buffer, o) : BitConverter.ToUInt32(buffer, o),
            };
            data[(plane + s) * n + pixel] = float.IsFinite(v) ? v : 0f;
        }
    }

    static float MaxOf(float[] data, int count)
    {
        float max = 0f;
        for (int i = 0; i < count; i++) max = Math.Max(max, data[i]);
        return max > 1f ? max : 1f;
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

    sealed class QuietTiffErrors : TiffErrorHandler
    {
        public override void WarningHandler(Tiff tif, string method, string format, params object[] args) { }
        public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) { }
        public override void ErrorHandler(Tiff tif, string method, string format, params object[] args) { }
        public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) { }
    }
}

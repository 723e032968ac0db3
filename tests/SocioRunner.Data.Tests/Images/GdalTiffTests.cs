using SocioRunner.Core.Errors;
using SocioRunner.Data.Images;

namespace SocioRunner.Data.Tests.Images;

/// <summary>
/// The TIFF reader reads what gdal_translate and gdalwarp write (striped and tiled; none, LZW, DEFLATE, PackBits;
/// predictors 1-3; uint8/uint16/int16/float32; pixel and band interleaving; BigTIFF; nodata) to the values GDAL reports.
/// </summary>
public sealed class GdalTiffTests
{
    public static TheoryData<string> LosslessFixtures() => new(GdalFixtures.Names(e => e.GetProperty("compression").GetString() != "JPEG"));

    [Theory]
    [MemberData(nameof(LosslessFixtures))]
    public void A_GDAL_written_tiff_decodes_to_the_values_GDAL_reads(string name)
    {
        var expected = GdalFixtures.ExpectedFor(name);
        var image = TiffCodec.Decode(GdalFixtures.File(name));

        Assert.Equal(expected.GetProperty("width").GetInt32(), image.Width);
        Assert.Equal(expected.GetProperty("height").GetInt32(), image.Height);
        Assert.Equal(expected.GetProperty("bands").GetInt32(), image.Bands);
        var noData = expected.GetProperty("nodata");
        Assert.Equal(noData.ValueKind == System.Text.Json.JsonValueKind.Null ? null : (float)noData.GetDouble(), image.NoData);
        var points = expected.GetProperty("points").EnumerateArray().Select(p => (X: p[0].GetInt32(), Y: p[1].GetInt32())).ToList();
        int band = 0;
        foreach (var stats in expected.GetProperty("per_band").EnumerateArray())
        {
            var values = image.Band(band).ToArray();
            // Sums of float32 data differ in the last bits with the summation order; integer sums are exact.
            Assert.Equal(stats.GetProperty("sum").GetDouble(), values.Sum(v => (double)v), tolerance: Math.Abs(stats.GetProperty("sum").GetDouble()) * 1e-9);
            Assert.Equal(stats.GetProperty("min").GetDouble(), values.Min());
            Assert.Equal(stats.GetProperty("max").GetDouble(), values.Max());
            var atPoints = points.Select(p => (double)values[p.Y * image.Width + p.X]).ToArray();
            Assert.Equal(stats.GetProperty("points").EnumerateArray().Select(v => v.GetDouble()).ToArray(), atPoints);
            band++;
        }
    }

    [Fact]
    public void A_GDAL_JPEG_in_TIFF_decodes_close_to_what_GDAL_reads()
    {
        // JPEG decoders may round the inverse DCT differently (LibJpeg.Net here, libjpeg-turbo in GDAL); the image must
        // agree within a few grey levels, far below the compression error (up to 28 levels against the lossless source).
        var expected = GdalFixtures.ExpectedFor("u8_striped_jpeg.tif");
        var image = TiffCodec.Decode(GdalFixtures.File("u8_striped_jpeg.tif"));
        var points = expected.GetProperty("points").EnumerateArray().Select(p => (X: p[0].GetInt32(), Y: p[1].GetInt32())).ToList();
        int band = 0;
        foreach (var stats in expected.GetProperty("per_band").EnumerateArray())
        {
            var values = image.Band(band++).ToArray();
            var gdal = stats.GetProperty("points").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            for (int i = 0; i < points.Count; i++)
                Assert.InRange(values[points[i].Y * image.Width + points[i].X], gdal[i] - 2, gdal[i] + 2);
            Assert.Equal(stats.GetProperty("sum").GetDouble() / values.Length, values.Average(v => (double)v), tolerance: 0.5);
        }
    }

    [Theory]
    [InlineData("unsupported_zstd.tif", "ZSTD (code 50000)")]
    [InlineData("unsupported_lerc.tif", "LERC (code 34887)")]
    [InlineData("unsupported_webp.tif", "WEBP (code 50001)")]
    public void A_compression_the_reader_lacks_is_named_in_one_line(string name, string compression)
    {
        string path = GdalFixtures.File(name);
        var error = Assert.Throws<InvalidInputException>(() => TiffCodec.Decode(path));
        Assert.StartsWith($"{path}: TIFF compression {compression} is not supported", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_truncated_strip_fails_in_one_line_keeping_LibTiffs_reason()
    {
        using var temp = new TempDirectory();
        string path = Path.Combine(temp.Path, "truncated.tif");
        byte[] bytes = File.ReadAllBytes(GdalFixtures.File("u8_striped_none.tif"));
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);

        var error = Assert.Throws<InvalidInputException>(() => TiffCodec.Decode(path));

        Assert.StartsWith($"{path}: corrupt or unreadable image (truncated or undecodable strip at row ", error.Message);
        Assert.Contains("LibTiff: ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}

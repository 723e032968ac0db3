using SocioRunner.Data.Datasets;
using SocioRunner.Data.Images;
using SocioRunner.Data.Liveability;
using SocioRunner.Data.Tests.Images;

namespace SocioRunner.Data.Tests.Liveability;

/// <summary>
/// The liveability grid as <c>ogr2ogr -f GeoJSON -a_srs EPSG:28992</c> writes it (a <c>crs</c> member, a <c>name</c>
/// member, integer grid codes, Polygon and MultiPolygon features; see Fixtures/gdal/make_fixtures.sh), with GeoTIFF
/// patches written by gdal_translate and gdalwarp.
/// </summary>
public sealed class OgrGridTests
{
    [Fact]
    public void The_ogr2ogr_grid_with_GDAL_patches_reads_as_GDAL_wrote_it()
    {
        using var temp = new TempDirectory();
        string root = temp.Sub("nl");
        File.Copy(GdalFixtures.File("liveability_grid_ogr2ogr.geojson"), Path.Combine(root, "grid_geosplit_not_rescaled.geojson"));
        string[] patches = ["u8_tiled_lzw.tif", "u16_tiled_lzw_predictor2.tif", "f32_tiled_deflate_predictor3_nodata.tif", "u8_gdalwarp_resampled_deflate.tif"];
        Directory.CreateDirectory(Path.Combine(root, "utrecht"));
        for (int i = 0; i < patches.Length; i++)
            File.Copy(GdalFixtures.File(patches[i]), Path.Combine(root, "utrecht", $"{1001 + i}.tiff"));

        NodeRunner.Run(new LiveabilityNode(), new LiveabilityOptions { Root = root }, temp.Sub("out"));

        var dataset = DatasetArtifact.Open(temp.Sub("out"));
        Assert.Equal([("1001", 4.12), ("1002", 3.875)], dataset.Split("train").Select(s => (s.Id, s.Label)));
        Assert.Equal([("1003", 4.5)], dataset.Split("val").Select(s => (s.Id, s.Label)));
        Assert.Equal([("1004", -0.25)], dataset.Split("test").Select(s => (s.Id, s.Label)));
        foreach (var sample in DatasetArtifact.SplitNames.SelectMany(dataset.Split))
        {
            var rgb = ImageLoader.LoadRgb(sample.ImagePath, 16);
            Assert.Equal(3 * 16 * 16, rgb.Length);
            Assert.All(rgb, v => Assert.InRange(v, 0f, 1f));
            Assert.Contains(rgb, v => v > 0.1f);
        }
    }

    [Fact]
    public void Float_nodata_pixels_are_black_and_void_and_do_not_set_the_scale()
    {
        var image = TiffCodec.Decode(GdalFixtures.File("f32_tiled_deflate_predictor3_nodata.tif"));
        var expected = GdalFixtures.ExpectedFor("f32_tiled_deflate_predictor3_nodata.tif");
        Assert.Equal(-9999f, image.NoData);
        // GDAL's maximum over all pixels of the first three bands is the full scale; nodata (-9999) pixels map to 0.
        float max = expected.GetProperty("per_band").EnumerateArray().Take(3).Max(b => (float)b.GetProperty("max").GetDouble());
        Assert.Equal(max, image.MaxValue);
        var rgb = image.ToRgbUnit("f32");
        int noDataPixel = 11 * image.Width + 16; // inside the block make_sources.py sets to nodata
        Assert.Equal(-9999f, image.Data[noDataPixel]);
        Assert.Equal(0f, rgb[noDataPixel]);
        Assert.True(image.ZeroShare() >= 3.0 * 4 * 5 / (3 * image.Width * image.Height));
    }
}

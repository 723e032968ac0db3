using SocioRunner.Core.Errors;
using SocioRunner.Data.Datasets;
using SocioRunner.Data.Images;
using SocioRunner.Data.Liveability;

namespace SocioRunner.Data.Tests.Liveability;

public class LiveabilityNodeTests
{
    static string Feature(int code, string split, string score) =>
        $$$"""{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[100,0],[100,100],[0,0]]]},"properties":{"gridcode":{{{code}}},"region_name":"utrecht","rlbrmtr":{{{score}}},"split":"{{{split}}}"}}""";

    static string Grid(params string[] features) =>
        $$$"""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:28992"}},"features":[{{{string.Join(",", features)}}}]}""";

    [Fact]
    public void Reads_grid_and_four_band_geotiffs_with_the_grid_split()
    {
        using var temp = new TempDirectory();
        string root = temp.Sub("nl");
        var bytes = Enumerable.Range(0, 4 * 8 * 8).Select(i => (byte)(i % 200 + 10)).ToArray();
        for (int code = 1; code <= 4; code++) TiffCodec.WriteBytes(Path.Combine(root, "utrecht", $"{code}.tiff"), bytes, 8, 8, 4);
        File.WriteAllText(Path.Combine(root, "grid_geosplit_not_rescaled.geojson"),
            Grid(Feature(1, "train", "4.1"), Feature(2, "train", "3.5"), Feature(3, "val", "4.0"), Feature(4, "test", "3.9"), Feature(5, "test", "3.0")));
        var context = NodeRunner.Run(new LiveabilityNode(), new LiveabilityOptions { Root = root }, temp.Sub("out"));
        var dataset = DatasetArtifact.Open(temp.Sub("out"));
        Assert.Equal("liveability", dataset.LabelName);
        Assert.Equal([4.1, 3.5], dataset.Split("train").Select(s => s.Label));
        Assert.Single(dataset.Split("test"));
        Assert.Equal(1, context.Summary["missing_patches"]!.GetValue<int>());
        Assert.Equal(3 * 16 * 16, ImageLoader.LoadRgb(dataset.Split("val")[0].ImagePath, 16).Length);
    }

    [Fact]
    public void Nan_score_and_empty_split_are_named()
    {
        using var temp = new TempDirectory();
        string root = temp.Sub("nl");
        TiffCodec.WriteBytes(Path.Combine(root, "utrecht", "1.tiff"), new byte[3 * 4], 2, 2, 3);
        string grid = Path.Combine(root, "grid_geosplit_not_rescaled.geojson");
        File.WriteAllText(grid, Grid(Feature(1, "train", "\"NaN\"")));
        Assert.Contains("rlbrmtr 'NaN'", Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new LiveabilityNode(), new LiveabilityOptions { Root = root }, temp.Sub("a"))).Message);
        File.WriteAllText(grid, Grid(Feature(1, "train", "4")));
        Assert.Contains("split 'val' is empty", Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new LiveabilityNode(), new LiveabilityOptions { Root = root }, temp.Sub("b"))).Message);
    }
}

using SocioRunner.Data.Images;

namespace SocioRunner.Cli.Tests.Catalogue;

/// <summary>Tiny data folders in the real on-disk formats, written with the project's own codecs, to be broken one way each.</summary>
public static class DataFixtures
{
    public const int TileSize = 16;

    /// <summary>A SESEfficientCAM-style folder: <c>data/imagery_out/sq_&lt;id&gt;.png</c> and the census CSV.</summary>
    public static string IncomeRoot(CaseFolder folder, string? census = null, int tiles = 10)
    {
        string root = folder.File("income");
        for (int i = 0; i < tiles; i++) Tile(folder, $"income/data/imagery_out/sq_{Id(i)}.png", seed: i);
        folder.Write("income/data/census_data/squares_to_ses_2019.csv",
            census ?? "IdINSPIRE,income\n" + string.Concat(Enumerable.Range(0, tiles).Select(i => $"{Id(i)},{20000 + 1000 * i}\n")));
        return root;
    }

    public static string Id(int i) => $"CRS3035RES200mN{2800000 + i}E{3700000 + i}";

    public static string Tile(CaseFolder folder, string relative, int seed)
    {
        var rgb = new byte[TileSize * TileSize * 3];
        new Random(seed).NextBytes(rgb);
        for (int p = 0; p < rgb.Length; p++) rgb[p] = (byte)Math.Max((int)rgb[p], 1); // no zero pixels: not void
        string path = folder.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        PngCodec.EncodeRgb(path, rgb, TileSize, TileSize);
        return path;
    }

    /// <summary>A FLAIR-style folder with one zone: <c>img/IMG_n.tif</c> (5 bands unless told) and <c>msk/MSK_n.tif</c>.</summary>
    public static string FlairRoot(CaseFolder folder, byte maskCode = 3, int bands = 5, int patches = 3)
    {
        for (int i = 0; i < patches; i++)
        {
            TiffCodec.WriteBytes(Image(folder, i), Filled(bands, 100), TileSize, TileSize, bands);
            TiffCodec.WriteBytes(Mask(folder, i), Filled(1, maskCode), TileSize, TileSize, 1);
        }
        return folder.File("flair");
    }

    public static string Image(CaseFolder folder, int i) => Prepare(folder.File($"flair/D001_2019/Z1/img/IMG_{i}.tif"));

    public static string Mask(CaseFolder folder, int i) => Prepare(folder.File($"flair/D001_2019/Z1/msk/MSK_{i}.tif"));

    static string Prepare(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    static byte[] Filled(int bands, byte value) => Enumerable.Repeat(value, TileSize * TileSize * bands).ToArray();

    /// <summary>A liveability-rs-style folder: the GeoJSON grid and one GeoTIFF per feature at <c>&lt;region&gt;/&lt;gridcode&gt;.tiff</c>.</summary>
    public static string LiveabilityRoot(CaseFolder folder, string? grid = null)
    {
        string[] splits = ["train", "train", "val", "test"];
        var features = splits.Select((split, i) =>
            $$$"""{"type":"Feature","geometry":{"type":"Point","coordinates":[{{{120000 + i}}},{{{480000 + i}}}]},"properties":{"gridcode":"g{{{i}}}","region_name":"utrecht","rlbrmtr":{{{(4.1 + i * 0.1).ToString(System.Globalization.CultureInfo.InvariantCulture)}}},"split":"{{{split}}}"}}""");
        folder.Write("liveability/grid_geosplit_not_rescaled.geojson", grid ?? $$$"""{"type":"FeatureCollection","features":[{{{string.Join(",", features)}}}]}""");
        for (int i = 0; i < splits.Length; i++)
            TiffCodec.WriteBytes(Prepare(folder.File($"liveability/utrecht/g{i}.tiff")), Filled(3, 120), TileSize, TileSize, 3);
        return folder.File("liveability");
    }

    /// <summary>Flips bytes in the middle of a file (keeps its size): a damaged download.</summary>
    public static void Damage(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        for (int i = bytes.Length / 3; i < bytes.Length; i++) bytes[i] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
    }
}

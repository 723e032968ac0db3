namespace SocioRunner.Data.Images.Internal;

/// <summary>Names of the TIFF compression codes GDAL can write, for error lines that say which one a file uses.</summary>
internal static class TiffCompressionNames
{
    static readonly Dictionary<int, string> Names = new()
    {
        [1] = "none", [5] = "LZW", [6] = "old-style JPEG", [7] = "JPEG", [8] = "DEFLATE", [32946] = "DEFLATE", [32773] = "PackBits",
        [34676] = "SGILog", [34712] = "JPEG 2000", [34887] = "LERC", [34925] = "LZMA", [50000] = "ZSTD", [50001] = "WEBP", [50002] = "JPEG XL",
    };

    public static string Of(int code) => Names.TryGetValue(code, out string? name) ? $"{name} (code {code})" : $"code {code}";
}

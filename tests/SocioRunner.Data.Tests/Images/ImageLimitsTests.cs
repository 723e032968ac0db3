using SocioRunner.Core.Errors;
using SocioRunner.Core.Inputs;
using SocioRunner.Data.Images;

namespace SocioRunner.Data.Tests.Images;

/// <summary>Image size limits come from the header, before a pixel buffer exists, and follow the configured limits.</summary>
public sealed class ImageLimitsTests : IDisposable
{
    readonly TempDirectory temp = new();

    string Png(int width, int height)
    {
        string path = Path.Combine(temp.Path, $"tile_{width}x{height}.png");
        PngCodec.EncodeRgb(path, new byte[3 * width * height], width, height);
        return path;
    }

    string Tiff(int width, int height)
    {
        string path = Path.Combine(temp.Path, $"patch_{width}x{height}.tif");
        TiffCodec.WriteBytes(path, new byte[5 * width * height], width, height, 5);
        return path;
    }

    [Fact]
    public void Images_within_the_limits_decode()
    {
        var limits = new InputLimits { ImageMaxSide = 32, ImageMaxPixels = 32 * 32 };
        Assert.Equal(32, PngCodec.Decode(Png(32, 32), limits).Width);
        Assert.Equal(32, TiffCodec.Decode(Tiff(32, 32), limits).Height);
    }

    [Theory]
    [InlineData(33, 8)]
    [InlineData(8, 33)]
    public void A_side_above_the_limit_is_refused_naming_file_size_and_limit(int width, int height)
    {
        var limits = new InputLimits { ImageMaxSide = 32 };
        foreach (string path in new[] { Png(width, height), Tiff(width, height) })
        {
            var error = Assert.Throws<InvalidInputException>(() => ImageLoader.Decode(path, limits));
            Assert.StartsWith($"{path}: the image header says {width} x {height} pixels, above the limit of 32 pixels per side", error.Message);
            Assert.DoesNotContain('\n', error.Message);
        }
    }

    [Fact]
    public void The_pixel_count_limit_applies_to_images_within_the_side_limit()
    {
        var limits = new InputLimits { ImageMaxSide = 100, ImageMaxPixels = 999 };
        var error = Assert.Throws<InvalidInputException>(() => TiffCodec.Decode(Tiff(40, 25), limits));
        Assert.Contains("999 pixels in all", error.Message);
        Assert.Equal(24, TiffCodec.Decode(Tiff(40, 24), limits).Height);
    }

    public void Dispose() => temp.Dispose();
}

using SkiaSharp;

namespace SocioRunner.EndToEnd.Tests.Browser;

/// <summary>
/// Decodes a screenshot and measures how much of it is not background, so a test can tell a rendered page from a
/// blank (all white) or failed (all one colour) capture.
/// </summary>
public sealed record ScreenshotPixels(int Width, int Height, int DistinctColours, double ForegroundShare)
{
    /// <summary>Decodes PNG bytes; throws when they are not an image. The top-left pixel is taken as the background.</summary>
    public static ScreenshotPixels Measure(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidDataException("the screenshot is not a decodable image");
        var pixels = bitmap.Pixels;
        var background = pixels[0];
        var colours = new HashSet<SKColor>();
        long foreground = 0;
        foreach (var pixel in pixels)
        {
            if (pixel != background) foreground++;
            if (colours.Count < 10_000) colours.Add(pixel);   // enough to tell plots from a flat page; bounded memory
        }
        return new ScreenshotPixels(bitmap.Width, bitmap.Height, colours.Count, (double)foreground / pixels.Length);
    }
}

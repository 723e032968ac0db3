using SocioRunner.EndToEnd.Tests.Quickstart;
using Xunit.Abstractions;

namespace SocioRunner.EndToEnd.Tests.Browser;

/// <summary>The quickstart's HTML report as a reader sees it: opened in headless Chromium, not just parsed.</summary>
[Collection(QuickstartCollection.Name)]
public sealed class ReportInBrowserTests(QuickstartRun quickstart, ITestOutputHelper output)
{
    // Generous: the browser's own work takes seconds, but CI machines are shared and Chromium's first start is slow.
    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_report_opens_without_errors_shows_every_plot_and_leaves_a_screenshot()
    {
        Assert.True(quickstart.ExitCode == 0, quickstart.Output);
        var page = await PageChecker.CheckAsync(quickstart.NodeFile("report", "index.html"), Timeout);

        // Saved before asserting, so a failing run leaves the picture of what went wrong next to the report.
        var screenshotFile = quickstart.NodeFile("report", "screenshot.png");
        await File.WriteAllBytesAsync(screenshotFile, page.Screenshot);
        output.WriteLine($"browser check took {page.Duration.TotalSeconds:F1}s; {page.Errors.Count} errors, " +
                         $"{page.Images.Count} images; screenshot: {screenshotFile}");

        Assert.True(page.Errors.Count == 0, page.Describe());
        Assert.NotEmpty(page.Images);   // no <img> at all would mean the plots were dropped, not that they loaded
        Assert.True(!page.BrokenImages.Any(), page.Describe());

        var pixels = ScreenshotPixels.Measure(await File.ReadAllBytesAsync(screenshotFile));
        output.WriteLine($"screenshot {pixels.Width}x{pixels.Height}, {pixels.DistinctColours} colours, {pixels.ForegroundShare:P1} not background");
        Assert.True(pixels.Width >= 800 && pixels.Height >= 600, $"screenshot is only {pixels.Width}x{pixels.Height}");
        // Text and plots give hundreds of colours and cover several percent of the page; a blank page gives one.
        Assert.True(pixels.DistinctColours > 50 && pixels.ForegroundShare > 0.02, $"screenshot looks blank: {pixels}");
    }
}

namespace SocioRunner.EndToEnd.Tests.Browser;

/// <summary>
/// The browser check run on a page that is broken on purpose: if it reported nothing here, the clean result on
/// the real report would prove nothing.
/// </summary>
public sealed class BrowserCheckCanFailTests : IDisposable
{
    const string BrokenPage = """
        <!doctype html>
        <html><head><meta charset="utf-8"><title>broken on purpose</title></head>
        <body>
          <h1>broken on purpose</h1>
          <img alt="fine" src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIHdpZHRoPScxMCcgaGVpZ2h0PScxMCcvPg==">
          <img alt="truncated png" src="data:image/png;base64,AAAA">
          <script>console.error("deliberate console error");</script>
          <script>window.notAFunction();</script>
        </body></html>
        """;

    readonly string folder = Directory.CreateTempSubdirectory("socio-broken-page-").FullName;

    [Fact]
    public async Task A_console_error_an_uncaught_exception_and_a_broken_image_are_all_reported()
    {
        var file = Path.Combine(folder, "index.html");
        await File.WriteAllTextAsync(file, BrokenPage);

        var page = await PageChecker.CheckAsync(file, TimeSpan.FromMinutes(2));

        Assert.Contains(page.Errors, error => error.StartsWith("console.error: ") && error.Contains("deliberate console error"));
        Assert.Contains(page.Errors, error => error.StartsWith("uncaught exception: ") && error.Contains("notAFunction"));
        Assert.Equal(2, page.Images.Count);
        var broken = Assert.Single(page.BrokenImages);
        Assert.Equal("truncated png", broken.Alt);
        Assert.Contains("image did not load", page.Describe());
        ScreenshotPixels.Measure(page.Screenshot);   // even a broken page yields a decodable screenshot
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

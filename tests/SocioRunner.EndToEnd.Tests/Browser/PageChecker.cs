using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace SocioRunner.EndToEnd.Tests.Browser;

/// <summary>
/// Opens an HTML file in headless Chromium and records what a reader's browser would show: console errors,
/// uncaught exceptions, browser-logged errors (failed loads, blocked resources), every image's load state and a
/// full-page screenshot. It only observes; the tests decide what counts as a failure.
/// </summary>
public static class PageChecker
{
    /// <summary>Waits for every image to settle (loaded or failed), then reports each one.</summary>
    const string ImagesScript = """
        (async () => {
          const images = [...document.images];
          await Promise.all(images.map(i => i.complete ? null : new Promise(done => { i.onload = i.onerror = done; })));
          return images.map(i => ({ source: i.currentSrc || i.src, alt: i.alt, complete: i.complete,
                                    width: i.naturalWidth, height: i.naturalHeight }));
        })()
        """;

    // Chromium cannot capture a texture taller than this; longer pages are cut (the top is what matters).
    const int MaxScreenshotHeight = 16_000;

    public static async Task<PageCheck> CheckAsync(string htmlFile, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var token = deadline.Token;
        var clock = Stopwatch.StartNew();
        ChromiumSession? browser = null;
        try
        {
            browser = await ChromiumSession.StartAsync(token);
            var page = browser.Page;
            var errors = new ConcurrentQueue<string>();
            var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            page.EventReceived += (method, parameters) =>
            {
                if (method == "Page.loadEventFired") loaded.TrySetResult();
                else if (DescribeError(method, parameters) is { } error) errors.Enqueue(error);
            };
            foreach (var domain in new[] { "Runtime", "Log", "Page" }) await page.SendAsync($"{domain}.enable", null, token);

            var navigation = await page.SendAsync("Page.navigate", new { url = new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri }, token);
            if (navigation.TryGetProperty("errorText", out var failure))
                throw new InvalidOperationException($"navigating to {htmlFile} failed: {failure.GetString()}");
            await loaded.Task.WaitAsync(token);

            var images = await Images(page, token);
            var screenshot = await Screenshot(page, token);
            return new PageCheck([.. errors], images, screenshot, clock.Elapsed);
        }
        catch (OperationCanceledException e) when (token.IsCancellationRequested)
        {
            throw new TimeoutException($"browser check of {htmlFile} took over {timeout}; chromium stderr:\n{browser?.StderrTail}", e);
        }
        finally
        {
            if (browser is not null) await browser.DisposeAsync();   // kills the browser on every path
        }
    }

    /// <summary>The error an event reports, if it is one: console.error, an uncaught exception, or an error in the browser's log.</summary>
    static string? DescribeError(string method, JsonElement parameters) => method switch
    {
        "Runtime.consoleAPICalled" when parameters.GetProperty("type").GetString() == "error" =>
            "console.error: " + string.Join(' ', parameters.GetProperty("args").EnumerateArray().Select(ArgumentText)),
        "Runtime.exceptionThrown" => "uncaught exception: " + ExceptionText(parameters.GetProperty("exceptionDetails")),
        "Log.entryAdded" when parameters.GetProperty("entry").GetProperty("level").GetString() == "error" =>
            $"browser log ({parameters.GetProperty("entry").GetProperty("source").GetString()}): " +
            parameters.GetProperty("entry").GetProperty("text").GetString(),
        _ => null,
    };

    static string ArgumentText(JsonElement argument) =>
        argument.TryGetProperty("value", out var value) ? value.ToString()
        : argument.TryGetProperty("description", out var description) ? description.GetString() ?? ""
        : argument.GetProperty("type").GetString() ?? "";

    static string ExceptionText(JsonElement details) =>
        details.TryGetProperty("exception", out var exception) && exception.TryGetProperty("description", out var description)
            ? description.GetString() ?? ""
            : details.GetProperty("text").GetString() ?? "";

    static async Task<IReadOnlyList<PageImage>> Images(DevToolsClient page, CancellationToken token)
    {
        var evaluated = await page.SendAsync("Runtime.evaluate",
            new { expression = ImagesScript, awaitPromise = true, returnByValue = true }, token);
        if (evaluated.TryGetProperty("exceptionDetails", out var details))
            throw new InvalidOperationException("the image check script failed: " + ExceptionText(details));
        return [.. evaluated.GetProperty("result").GetProperty("value").EnumerateArray().Select(image => new PageImage(
            Shorten(image.GetProperty("source").GetString() ?? ""), image.GetProperty("alt").GetString() ?? "",
            image.GetProperty("complete").GetBoolean(), image.GetProperty("width").GetInt32(), image.GetProperty("height").GetInt32()))];
    }

    static string Shorten(string source) => source.Length <= 60 ? source : source[..60] + "…";   // data URIs run to megabytes

    static async Task<byte[]> Screenshot(DevToolsClient page, CancellationToken token)
    {
        var content = (await page.SendAsync("Page.getLayoutMetrics", null, token)).GetProperty("cssContentSize");
        var clip = new
        {
            x = 0, y = 0, scale = 1,
            width = Math.Ceiling(content.GetProperty("width").GetDouble()),
            height = Math.Min(Math.Ceiling(content.GetProperty("height").GetDouble()), MaxScreenshotHeight),
        };
        var shot = await page.SendAsync("Page.captureScreenshot", new { format = "png", captureBeyondViewport = true, clip }, token);
        return Convert.FromBase64String(shot.GetProperty("data").GetString()!);
    }
}

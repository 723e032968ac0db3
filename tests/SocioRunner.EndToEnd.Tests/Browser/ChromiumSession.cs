using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace SocioRunner.EndToEnd.Tests.Browser;

/// <summary>
/// A headless Chromium with a fresh profile, and a DevTools connection to its page. Disposing always kills the
/// whole browser process tree (renderers, GPU and utility processes) and removes the profile, also after a failure.
/// </summary>
public sealed class ChromiumSession : IAsyncDisposable
{
    public const string DefaultExecutable = "/usr/bin/chromium";   // Debian's `chromium` package (see .ci/e2e)

    readonly Process process;
    readonly string profile;
    readonly Queue<string> stderrTail = new();   // the last lines Chromium printed, for a failure message

    public DevToolsClient Page { get; private set; } = null!;

    ChromiumSession(Process process, string profile) => (this.process, this.profile) = (process, profile);

    /// <summary>Chromium's path: $SOCIO_CHROMIUM, else Debian's.</summary>
    public static string Executable => Environment.GetEnvironmentVariable("SOCIO_CHROMIUM") ?? DefaultExecutable;

    public static async Task<ChromiumSession> StartAsync(CancellationToken cancellation)
    {
        if (!File.Exists(Executable))
            throw new FileNotFoundException($"{Executable} not found: install it with `apt-get install -y chromium` (.ci/e2e does)");
        var profile = Directory.CreateTempSubdirectory("socio-chromium-").FullName;
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--window-size=1280,900",   // a laptop screen, the size the report is designed for
                     $"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank",
                 })
            start.ArgumentList.Add(argument);
        var session = new ChromiumSession(Process.Start(start) ?? throw new InvalidOperationException("chromium did not start"), profile);
        try
        {
            session.DrainOutput();
            var port = await session.ReadDevToolsPort(cancellation);
            session.Page = await DevToolsClient.ConnectAsync(await PageWebSocket(port, cancellation), cancellation);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Chromium's recent stderr (it logs harmless noise there; only shown when something fails).</summary>
    public string StderrTail { get { lock (stderrTail) return string.Join('\n', stderrTail); } }

    void DrainOutput()
    {
        // Unread pipes fill up and block the browser, so both are drained; stderr's tail is kept for diagnostics.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null) return;
            lock (stderrTail)
            {
                stderrTail.Enqueue(line.Data);
                if (stderrTail.Count > 30) stderrTail.Dequeue();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>With port 0 Chromium picks a free port and writes it as the first line of DevToolsActivePort.</summary>
    async Task<int> ReadDevToolsPort(CancellationToken cancellation)
    {
        var file = Path.Combine(profile, "DevToolsActivePort");
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"chromium exited with {process.ExitCode} before DevTools started:\n{StderrTail}");
            if (File.Exists(file))
            {
                var lines = await File.ReadAllLinesAsync(file, cancellation);
                if (lines.Length > 1 && int.TryParse(lines[0], out var port)) return port;   // both lines: written completely
            }
            await Task.Delay(50, cancellation);
        }
    }

    /// <summary>The page target Chromium opened (about:blank); polled because the target list may still be empty at first.</summary>
    static async Task<Uri> PageWebSocket(int port, CancellationToken cancellation)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        while (true)
        {
            var targets = await http.GetFromJsonAsync<JsonElement>("json/list", cancellation);
            foreach (var target in targets.EnumerateArray())
                if (target.GetProperty("type").GetString() == "page" && target.TryGetProperty("webSocketDebuggerUrl", out var url))
                    return new Uri(url.GetString()!);
            await Task.Delay(50, cancellation);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Page is not null) await Page.DisposeAsync();
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException) { }   // already gone, or stuck: nothing more to do
        process.Dispose();
        // Killed children may still be flushing into the profile for a moment; a leftover temp folder is harmless.
        for (int attempt = 0; attempt < 5 && Directory.Exists(profile); attempt++)
            try { Directory.Delete(profile, recursive: true); }
            catch (IOException) { await Task.Delay(200); }
    }
}

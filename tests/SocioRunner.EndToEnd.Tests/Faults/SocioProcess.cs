using System.Diagnostics;
using SocioRunner.Cli.Tests;

namespace SocioRunner.EndToEnd.Tests.Faults;

/// <summary>
/// The CLI as a real child process (<c>dotnet &lt;repo&gt;/bin/Debug/net10.0/socio.dll</c>), so a test can kill it
/// (SIGKILL) or run two at once. Builds the root project once if the launcher is missing (.ci/e2e builds it first).
/// </summary>
public sealed class SocioProcess : IDisposable
{
    static readonly SemaphoreSlim BuildGate = new(1, 1);

    readonly Process process;
    readonly Task<string> stdout, stderr;

    SocioProcess(Process process)
    {
        this.process = process;
        stdout = process.StandardOutput.ReadToEndAsync();
        stderr = process.StandardError.ReadToEndAsync();
    }

    public static string Launcher => Path.Combine(CliRunner.RepositoryRoot(), "bin", "Debug", "net10.0", "socio.dll");

    public static Task<SocioProcess> Start(string workingDirectory, params string[] args) => Start(workingDirectory, new Dictionary<string, string>(), args);

    public static async Task<SocioProcess> Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        await EnsureBuilt();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Launcher);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment["CI"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        Signals.RestoreDefaultInterruptIfIgnored();
        return new SocioProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    static async Task EnsureBuilt()
    {
        await BuildGate.WaitAsync();
        try
        {
            if (File.Exists(Launcher)) return;
            var build = Process.Start(new ProcessStartInfo("dotnet", ["build", Path.Combine(CliRunner.RepositoryRoot(), "SocioRunner.csproj"), "-v", "q"])
                { UseShellExecute = false }) ?? throw new InvalidOperationException("dotnet build did not start");
            await build.WaitForExitAsync();
            if (build.ExitCode != 0) throw new InvalidOperationException("building the launcher failed");
        }
        finally { BuildGate.Release(); }
    }

    public bool HasExited => process.HasExited;

    /// <summary>SIGINT, what Ctrl-C in a terminal sends (the CLI handles it: cancel, clean up, exit 130).</summary>
    public void Interrupt()
    {
        if (Signals.Kill(process.Id, Signals.SigInt) != 0)
            throw new InvalidOperationException($"kill({process.Id}, SIGINT) failed: errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}");
    }

    public int Id => process.Id;

    /// <summary>SIGKILL: no handler, no clean-up, exactly like a crash or the OOM killer.</summary>
    public void Kill() { process.Kill(entireProcessTree: true); process.WaitForExit(); }

    public async Task<(int Exit, string Output)> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
    }
}

using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;

namespace SocioRunner.Cli.Infrastructure;

/// <summary>
/// The host's lifetime on a terminal or in a batch job: the first Ctrl-C or SIGTERM stops the application (commands
/// see <see cref="IHostApplicationLifetime.ApplicationStopping"/> as their cancellation token: the node in progress
/// cleans up, finished artifacts stay, run.json records it as cancelled, exit code 130); a second one is not
/// intercepted, so it kills the process. SIGTERM is what Slurm sends on scancel, at a time limit or on preemption
/// (SIGKILL follows after KillWait), and what `kill` and container runtimes send by default.
/// Replaces the framework's ConsoleLifetime, which swallows every Ctrl-C and prints hosting banners.
/// </summary>
public sealed class CancelKeyLifetime(IHostApplicationLifetime application) : IHostLifetime, IDisposable
{
    bool subscribed;
    PosixSignalRegistration? terminate;

    public Task WaitForStartAsync(CancellationToken cancellationToken)
    {
        Console.CancelKeyPress += OnCancelKeyPress;
        subscribed = true;
        if (!OperatingSystem.IsWindows()) terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnTerminate);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (application.ApplicationStopping.IsCancellationRequested) return; // second Ctrl-C: let the process die
        e.Cancel = true;
        Console.Error.WriteLine("stopping after cleaning up the node in progress (Ctrl-C again to kill)...");
        application.StopApplication();
    }

    void OnTerminate(PosixSignalContext context)
    {
        if (application.ApplicationStopping.IsCancellationRequested) return; // second signal: default handling ends the process
        context.Cancel = true;
        Console.Error.WriteLine("terminated (SIGTERM): stopping after cleaning up the node in progress...");
        application.StopApplication();
    }

    public void Dispose()
    {
        if (subscribed) Console.CancelKeyPress -= OnCancelKeyPress;
        subscribed = false;
        terminate?.Dispose();
        terminate = null;
    }
}

using Microsoft.Extensions.Hosting;

namespace SocioRunner.Cli.Infrastructure;

/// <summary>
/// The host's lifetime on a terminal: the first Ctrl-C stops the application (commands see
/// <see cref="IHostApplicationLifetime.ApplicationStopping"/> as their cancellation token: the node in progress
/// cleans up, finished artifacts stay, exit code 130); a second Ctrl-C is not intercepted, so it kills the process.
/// Replaces the framework's ConsoleLifetime, which swallows every Ctrl-C and prints hosting banners.
/// </summary>
public sealed class CancelKeyLifetime(IHostApplicationLifetime application) : IHostLifetime, IDisposable
{
    bool subscribed;

    public Task WaitForStartAsync(CancellationToken cancellationToken)
    {
        Console.CancelKeyPress += OnCancelKeyPress;
        subscribed = true;
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

    public void Dispose()
    {
        if (subscribed) Console.CancelKeyPress -= OnCancelKeyPress;
        subscribed = false;
    }
}

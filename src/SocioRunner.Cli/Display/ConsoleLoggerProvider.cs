using Microsoft.Extensions.Logging;
using SocioRunner.Cli.Infrastructure;
using Spectre.Console;

namespace SocioRunner.Cli.Display;

/// <summary>Node log messages on the console: information and above, prefixed by the node id (debug with --verbose).</summary>
public sealed class ConsoleLoggerProvider(ConsoleSettings settings) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new ConsoleLogger(categoryName, settings);

    public void Dispose() { }

    sealed class ConsoleLogger(string category, ConsoleSettings settings) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= (settings.Verbose ? LogLevel.Debug : LogLevel.Information);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            string text = $"  {category}: {formatter(state, exception)}";
            if (!settings.Interactive) { Console.Error.WriteLine(logLevel >= LogLevel.Warning ? $"warning: {text.Trim()}" : text); return; }
            string colour = logLevel >= LogLevel.Warning ? "yellow" : "grey";
            AnsiConsole.MarkupLine($"[{colour}]{Markup.Escape(text)}[/]");
        }
    }
}

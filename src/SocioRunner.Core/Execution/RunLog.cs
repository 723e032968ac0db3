using Microsoft.Extensions.Logging;

namespace SocioRunner.Core.Execution;

/// <summary>The run's log file (run.log in the run folder); every node logger also writes here.</summary>
public sealed class RunLog : ILoggerProvider
{
    readonly StreamWriter writer;
    readonly TimeProvider clock;
    readonly Lock gate = new();

    public RunLog(string path, TimeProvider clock)
    {
        writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
        this.clock = clock;
    }

    public void Write(string category, LogLevel level, string message)
    {
        lock (gate) writer.WriteLine($"{clock.GetUtcNow():yyyy-MM-ddTHH:mm:ss.fffZ} {Level(level)} [{category}] {message}");
    }

    static string Level(LogLevel level) => level switch
    {
        LogLevel.Warning => "WARN ",
        LogLevel.Error or LogLevel.Critical => "ERROR",
        LogLevel.Debug or LogLevel.Trace => "DEBUG",
        _ => "INFO ",
    };

    public ILogger CreateLogger(string categoryName) => new FileLogger(this, categoryName);

    public void Dispose() => writer.Dispose();

    sealed class FileLogger(RunLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            log.Write(category, logLevel, formatter(state, exception) + (exception is null ? "" : Environment.NewLine + exception));
        }
    }
}

/// <summary>Sends each log entry to several loggers (the run log file and the console).</summary>
public sealed class TeeLogger(IReadOnlyList<ILogger> loggers) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => loggers.Any(l => l.IsEnabled(logLevel));
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        foreach (var logger in loggers) logger.Log(logLevel, eventId, state, exception, formatter);
    }
}

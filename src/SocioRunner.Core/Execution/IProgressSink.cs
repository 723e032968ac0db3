namespace SocioRunner.Core.Execution;

/// <summary>Progress bars for long node work (per-epoch, per-batch). The CLI renders them; tests use <see cref="NullProgressSink"/>.</summary>
public interface IProgressSink
{
    IProgressTask Start(string description, double total);
}

public interface IProgressTask : IDisposable
{
    void Increment(double amount = 1);
    void Describe(string description);
}

public sealed class NullProgressSink : IProgressSink
{
    public static readonly NullProgressSink Instance = new();

    public IProgressTask Start(string description, double total) => new Task();

    sealed class Task : IProgressTask
    {
        public void Increment(double amount = 1) { }
        public void Describe(string description) { }
        public void Dispose() { }
    }
}

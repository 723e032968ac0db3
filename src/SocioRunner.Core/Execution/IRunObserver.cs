using SocioRunner.Core.Graph;

namespace SocioRunner.Core.Execution;

/// <summary>Cross-cutting watchers of a run (console display, logs). Nodes never print; the executor tells observers.</summary>
public interface IRunObserver
{
    IProgressSink Progress { get; }
    void RunStarted(RunInfo run, ExperimentPlan plan);
    void NodeStarting(PlannedNode node, string key);
    void NodeFinished(NodeRunRecord record);
    void NodeFailed(PlannedNode node, Exception error);
    void Message(string text);
}

public sealed class NullRunObserver : IRunObserver
{
    public static readonly NullRunObserver Instance = new();
    public IProgressSink Progress => NullProgressSink.Instance;
    public void RunStarted(RunInfo run, ExperimentPlan plan) { }
    public void NodeStarting(PlannedNode node, string key) { }
    public void NodeFinished(NodeRunRecord record) { }
    public void NodeFailed(PlannedNode node, Exception error) { }
    public void Message(string text) { }
}

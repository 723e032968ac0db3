using SocioRunner.Core.Execution;
using SocioRunner.Core.Graph;
using Spectre.Console;

namespace SocioRunner.Cli.Display;

/// <summary>
/// Shows a run on the console: with live progress bars on a terminal (attach a Spectre progress context),
/// or as plain timestamped lines when output is redirected (CI logs).
/// </summary>
public sealed class ConsoleRunObserver : IRunObserver, IProgressSink
{
    readonly TimeProvider clock;
    ProgressContext? live;
    readonly Dictionary<string, ProgressTask> nodeTasks = [];

    public ConsoleRunObserver(TimeProvider clock) => this.clock = clock;

    public void Attach(ProgressContext context) => live = context;

    public IProgressSink Progress => this;

    public void RunStarted(RunInfo run, ExperimentPlan plan) =>
        Line($"run {run.ExperimentName}: {plan.Nodes.Count} nodes -> {run.RunDirectory}");

    public void NodeStarting(PlannedNode node, string key)
    {
        if (live is not null) nodeTasks[node.Id] = live.AddTask(Markup.Escape($"{node.Id} ({node.Kind.Name})")).IsIndeterminate();
        else Line($"{node.Id} ({node.Kind.Name}): running");
    }

    public void NodeFinished(NodeRunRecord record)
    {
        string text = record.Outcome == NodeOutcome.Cached
            ? $"{record.NodeId} ({record.Kind}): cached"
            : $"{record.NodeId} ({record.Kind}): done in {record.DurationSeconds:0.0} s";
        if (live is not null)
        {
            // Cached nodes never started a task; Spectre refuses empty task names, so create it with its final text.
            if (!nodeTasks.TryGetValue(record.NodeId, out var task)) task = nodeTasks[record.NodeId] = live.AddTask(Markup.Escape(text));
            task.Description = $"[green]✓[/] {Markup.Escape(text)}";
            task.IsIndeterminate = false;
            task.MaxValue = 1;
            task.Value = 1;
            task.StopTask();
        }
        else Line(text);
    }

    public void NodeFailed(PlannedNode node, Exception error)
    {
        string outcome = error is OperationCanceledException ? "cancelled (no artifact written; resumes on the next run)" : "failed";
        if (live is not null && nodeTasks.TryGetValue(node.Id, out var task))
        {
            task.Description = $"[red]✗ {Markup.Escape(node.Id)} {Markup.Escape(outcome)}[/]";
            task.StopTask();
        }
        else Line($"{node.Id} ({node.Kind.Name}): {outcome}");
    }

    public void Message(string text) => Line(text);

    public IProgressTask Start(string description, double total)
    {
        if (live is not null) return new LiveTask(live.AddTask(Markup.Escape(description), maxValue: Math.Max(total, 1)));
        Line(description);
        return new PlainTask(this, total);
    }

    void Line(string text)
    {
        if (live is not null) AnsiConsole.MarkupLine(Markup.Escape(text));
        else Console.Error.WriteLine($"[{clock.GetLocalNow():HH:mm:ss}] {text}");
    }

    sealed class LiveTask(ProgressTask task) : IProgressTask
    {
        public void Increment(double amount = 1) => task.Increment(amount);
        public void Describe(string description) => task.Description = Markup.Escape(description);
        public void Dispose() { task.Value = task.MaxValue; task.StopTask(); }
    }

    /// <summary>Plain mode prints each description change (e.g. one line per epoch), never a bar.</summary>
    sealed class PlainTask(ConsoleRunObserver owner, double total) : IProgressTask
    {
        double done;
        public void Increment(double amount = 1) => done += amount;
        public void Describe(string text) => owner.Line($"  {text} ({done:0}/{total:0})");
        public void Dispose() { }
    }
}

using System.ComponentModel;
using SocioRunner.Cli.Display;
using SocioRunner.Cli.Infrastructure;
using SocioRunner.Cli.Settings;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Execution;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands;

[Description("Run an experiment (the default verb): every node whose artifact is not cached, in dependency order.")]
public sealed class RunCommand(ExperimentSession session, Executor executor, ConsoleSettings console, TimeProvider clock, Sweeps.SweepRunner sweeps)
    : AsyncCommand<RunCommand.Settings>
{
    public sealed class Settings : Sweeps.SweepRunSettings
    {
        [CommandOption("--lock-timeout <SECONDS>"), SettingFlag("lock_timeout")]
        [Description("How long to wait for an artifact another run is computing, then exit 4 (setting 'lock_timeout'; default 0: as long as that run is alive)")]
        public double? LockTimeout { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        console.Verbose = settings.Verbose;
        if (settings.Multirun) return await sweeps.RunAsync(settings, cancellation);
        var plan = session.Plan(settings).Upstream(settings.Targets);
        var effective = session.Settings(plan.Experiment);
        var runSettings = new RunSettings
        {
            CacheDirectory = plan.Experiment.Cache!,
            ReportsDirectory = plan.Experiment.Output,
            Force = settings.Force.ToHashSet(),
            LockTimeout = effective.LockTimeout > 0 ? TimeSpan.FromSeconds(effective.LockTimeout) : null,
            LockTiming = LockTiming.FromEnvironment(Environment.GetEnvironmentVariable),
            Threads = effective.EffectiveThreads,
            Clock = clock,
            ToolVersions = ToolVersions.Collect(),
            SourceRevision = GitRevision.Of(Path.GetDirectoryName(Path.GetFullPath(plan.Experiment.File))!),
            RunDirectory = settings.RunDirectory,
            Settings = session.RecordedSettings(plan.Experiment),
        };
        var observer = new ConsoleRunObserver(clock);
        RunResult result;
        if (console.Interactive)
        {
            RunResult? captured = null;
            await AnsiConsole.Progress().AutoClear(false).HideCompleted(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    observer.Attach(progress);
                    captured = await executor.RunAsync(plan, runSettings, observer, cancellation);
                });
            result = captured!;
        }
        else result = await executor.RunAsync(plan, runSettings, observer, cancellation);

        return Finish(result, settings.Verbose);
    }

    static int Finish(RunResult result, bool verbose)
    {
        var run = result.Run;
        if (result.Failure is OperationCanceledException)
        {
            Console.Error.WriteLine($"cancelled; finished artifacts are kept. Resume with the same command. Run folder: {run.RunDirectory}");
            return ExitCodes.Cancelled;
        }
        if (result.Failure is { } failure)
        {
            string failed = run.Nodes.FirstOrDefault(n => n.Outcome == NodeOutcome.Failed)?.NodeId ?? "?";
            Console.Error.WriteLine($"error: {failure.Message}");
            if (verbose && failure.InnerException is { } cause) Console.Error.WriteLine(cause.ToString());
            bool upstreamDone = run.Nodes.Any(n => n.Outcome is NodeOutcome.Ran or NodeOutcome.Cached);
            Console.Error.WriteLine(upstreamDone
                ? $"upstream artifacts are cached; fix the problem and re-run the same command to resume from '{failed}'. Log: {Path.Combine(run.RunDirectory, "run.log")}"
                : $"nothing was cached; fix the problem and re-run the same command. Log: {Path.Combine(run.RunDirectory, "run.log")}");
            return failure is SocioException socio ? socio.ExitCode : ExitCodes.NodeFailed;
        }
        int cached = run.Nodes.Count(n => n.Outcome == NodeOutcome.Cached);
        Console.WriteLine($"done: {run.Nodes.Count} nodes ({cached} cached, {run.Nodes.Count - cached} ran) -> {run.RunDirectory}");
        foreach (var node in run.Nodes.Where(n => n.Kind == "report"))
            foreach (string page in new[] { "index.html", "report.md" }.Select(f => Path.Combine(run.RunDirectory, node.NodeId, f)).Where(File.Exists))
                Console.WriteLine($"report: {page}");
        return ExitCodes.Ok;
    }
}

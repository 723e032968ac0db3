using SocioRunner.Core.Errors;
using SocioRunner.Core.Sweeps;
using SocioRunner.Core.Sweeps.Launch;
using SocioRunner.Reports.Sweeps;

namespace SocioRunner.Cli.Commands.Sweeps;

/// <summary>run --multirun: plan every member, open (or resume) the sweep folder, hand the members to a launcher, report.</summary>
public sealed class SweepRunner(SweepSession session, TimeProvider clock)
{
    public async Task<int> RunAsync(SweepRunSettings settings, CancellationToken cancellation)
    {
        var plan = session.Plan(settings);
        string launcher = settings.Launcher ?? session.Settings(plan.Base).Launcher;
        var launch = Launch(settings, plan);
        var (folder, resumed) = SweepFolder.OpenOrCreate(launch.ReportsDirectory, plan.Base.Name, plan.Identity, clock.GetUtcNow());
        JsonPrevious(folder, out var previous);
        folder.WriteManifest(SweepManifest.Build(plan, folder, launcher, launch.CacheDirectory, clock.GetUtcNow(), previous));
        Console.WriteLine($"sweep of {plan.Members.Count} members ({plan.DistinctNodes} distinct nodes of {plan.TotalNodes}) {(resumed ? "resumed in" : "->")} {folder.Path}");
        switch (launcher)
        {
            case "local":
                var states = await new LocalLauncher().RunAsync(plan, folder, launch, Console.WriteLine, cancellation);
                return Report(folder, states.Values.Count(s => s.Status != MemberStatus.Done));
            case "slurm":
                var slurm = new SlurmLauncher(new SlurmClient());
                slurm.Submit(plan, folder, launch, Console.WriteLine);
                if (!settings.Wait)
                {
                    Console.WriteLine($"submitted; follow with: socio sweep status {folder.Path}");
                    return ExitCodes.Ok;
                }
                var finished = await slurm.WaitAsync(plan, folder, Console.WriteLine, cancellation);
                return Report(folder, finished.Values.Count(s => s.Status != MemberStatus.Done));
            default:
                throw new InvalidInputException($"--launcher {launcher}: unknown launcher; use local or slurm");
        }
    }

    static void JsonPrevious(SweepFolder folder, out System.Text.Json.Nodes.JsonObject? previous) =>
        previous = File.Exists(folder.ManifestPath) ? folder.ReadManifest() : null;

    static int Report(SweepFolder folder, int unfinished)
    {
        var files = SweepReportRenderer.Render(folder.Path, templatesDirectory: null, SlurmJobLookup.For(folder.ReadManifest()));
        Console.WriteLine($"report: {files.Html}");
        Console.WriteLine($"report: {files.Markdown}");
        if (unfinished == 0) return ExitCodes.Ok;
        Console.Error.WriteLine($"{unfinished} member(s) did not finish; the report marks them. Fix the cause and re-run the same command to resume them.");
        return ExitCodes.NodeFailed;
    }

    SweepLaunchSettings Launch(SweepRunSettings settings, SweepPlan plan) => new()
    {
        CacheDirectory = Path.GetFullPath(session.Settings(plan.Base).Cache),
        ReportsDirectory = session.Settings(plan.Base).Output,
        Parallel = settings.Parallel ?? plan.Definition.Parallel ?? Math.Max(1, Environment.ProcessorCount / 2),
        Slurm = plan.Definition.Slurm.Merge(new SlurmOptions
        {
            Partition = settings.Partition, Time = settings.Time, Cpus = settings.Cpus, Mem = settings.Mem, Gpus = settings.Gpus, Options = settings.Sbatch,
        }),
        Wait = settings.Wait,
        Command = SelfCommand.Resolve(Environment.GetEnvironmentVariable),
        Clock = clock,
    };
}

using Microsoft.Extensions.DependencyInjection;
using SocioRunner.Core.Sweeps;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands.Sweeps;

/// <summary>Registration of the sweep feature: one line in the service wiring, one in the command wiring.</summary>
public static class SweepServices
{
    public static IServiceCollection AddSweeps(this IServiceCollection services) => services
        .AddSingleton<SweepPlanner>()
        .AddSingleton<SweepSession>()
        .AddSingleton<SweepDisplay>()
        .AddSingleton<SweepRunner>();

    public static void AddSweepCommands(this IConfigurator config) => config.AddBranch("sweep", sweep =>
    {
        sweep.SetDescription("Follow and report sweeps (run one with --multirun).");
        sweep.AddCommand<SweepStatusCommand>("status").WithExample("sweep", "status", "reports/quickstart/20261202-090000-sweep");
        sweep.AddCommand<SweepReportCommand>("report").WithExample("sweep", "report", "reports/quickstart/20261202-090000-sweep");
    });
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Graph;
using SocioRunner.Core.Nodes;
using SocioRunner.Data;
using SocioRunner.Explain;
using SocioRunner.Models;
using SocioRunner.Reports;

namespace SocioRunner.Cli.Infrastructure;

/// <summary>The one place where the host is wired: node kinds of every project, the executor, logging.</summary>
public static class SocioServices
{
    public static IServiceCollection Create(ConsoleSettings console)
    {
        var services = new ServiceCollection();
        services.AddSingleton(console);
        services.AddLogging(logging => logging.ClearProviders().AddProvider(new Display.ConsoleLoggerProvider(console)).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<NodeKindRegistry>();
        services.AddSingleton<ExperimentPlanner>();
        services.AddSingleton<Executor>();
        services.AddSingleton<Commands.ExperimentSession>();
        Commands.Sweeps.SweepServices.AddSweeps(services);
        services.AddSingleton<IDeviceResolver, PassThroughDeviceResolver>();
        services.AddSingleton(TimeProvider.System);
        services.AddDataNodes().AddModelsNodes().AddExplainNodes().AddReportsNodes();
        return services;
    }
}

/// <summary>How the console is used: rich (terminal) or plain (CI, pipes), and verbosity.</summary>
public sealed class ConsoleSettings
{
    /// <summary>Live progress bars on a terminal; plain lines in CI or pipes. SOCIO_CONSOLE=rich|plain overrides the guess.</summary>
    public bool Interactive { get; init; } = Environment.GetEnvironmentVariable("SOCIO_CONSOLE") switch
    {
        "rich" => true,
        "plain" => false,
        _ => !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null,
    };
    public bool Verbose { get; set; }
}

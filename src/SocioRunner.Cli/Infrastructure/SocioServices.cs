using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocioRunner.Cli.Settings;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Graph;
using SocioRunner.Core.Inputs;
using SocioRunner.Core.Nodes;
using SocioRunner.Data;
using SocioRunner.Explain;
using SocioRunner.Models;
using SocioRunner.Reports;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Infrastructure;

/// <summary>The services of the tool: node kinds of every project, planner, executor, commands.</summary>
public static class SocioServices
{
    /// <summary>A stand-alone container for tests that plan or run experiments without the command line.</summary>
    public static IServiceCollection Create(ConsoleSettings console)
    {
        var services = new ServiceCollection();
        services.AddSingleton(console);
        services.AddLogging(logging => logging.ClearProviders().AddProvider(new Display.ConsoleLoggerProvider(console)).SetMinimumLevel(LogLevel.Debug));
        return services.AddSocioServices();
    }

    public static IServiceCollection AddSocioServices(this IServiceCollection services)
    {
        services.AddSingleton<NodeKindRegistry>();
        services.AddSingleton<ExperimentPlanner>();
        services.AddSingleton<Executor>();
        services.AddSingleton<Commands.ExperimentSession>();
        Commands.Sweeps.SweepServices.AddSweeps(services);
        services.AddSingleton<IDeviceResolver, PassThroughDeviceResolver>();
        services.AddSingleton(TimeProvider.System);
        // From the settings layers (default, user file, project file, SOCIO_* variables); a container without the host's
        // settings (tests that plan or run without the command line) reads the SOCIO_* variables alone.
        services.AddSingleton(provider => provider.GetService<IOptions<SocioSettings>>()?.Value.InputLimits
            ?? InputLimits.FromEnvironment(Environment.GetEnvironmentVariable));
        services.AddDataNodes().AddModelsNodes().AddExplainNodes().AddReportsNodes();
        return services;
    }

    /// <summary>Every command class of this assembly, so Spectre gets them (and their dependencies, checked when the host is built) from the container.</summary>
    public static IServiceCollection AddCommands(this IServiceCollection services)
    {
        foreach (var type in typeof(SocioServices).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICommand).IsAssignableFrom(t)))
            services.AddTransient(type);
        return services;
    }
}

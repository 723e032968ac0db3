using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocioRunner.Cli.Commands;
using SocioRunner.Cli.Infrastructure;
using SocioRunner.Cli.Settings;
using SocioRunner.Core.Errors;
using SocioRunner.Models.TorchSafety;
using Spectre.Console.Cli;

namespace SocioRunner.Cli;

/// <summary>
/// The command line. Exit codes: 0 ok, 1 internal error (a bug: please report), 2 invalid input,
/// 3 a node failed, 4 the cache is in use by another run, 130 cancelled (Ctrl-C or SIGTERM).
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        bool verbose = args.Contains("--verbose") || args.Contains("-v") || Environment.GetEnvironmentVariable("SOCIO_FULL_ERROR") == "1";
        // SOCIO_GC_STRESS=1: a thread forcing GCs and finalizers every millisecond for the whole run, to prove that no
        // native call depends on an unreachable object (docs/scalar-safety.md). Results must not change under it.
        using var gcStress = GcStress.RequestedByEnvironment() ? new GcStress() : null;
        try
        {
            using var host = SocioHost.Build(args);
            await host.StartAsync();
            try
            {
                using var scope = host.Services.CreateScope();
                var app = new CommandApp<RunCommand>(new TypeRegistrar(scope.ServiceProvider));
                app.Configure(Configure);
                return await app.RunAsync(args, host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
            }
            finally
            {
                await host.StopAsync();
            }
        }
        catch (SocioException e)
        {
            Console.Error.WriteLine(verbose ? e.ToString() : e.Message);
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled");
            return ExitCodes.Cancelled;
        }
        catch (CommandAppException e)
        {
            Console.Error.WriteLine($"error: {e.Message} (see --help)");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine(verbose ? e.ToString() : $"internal error: {NativeErrorMessage.Summary(e)} (run with --verbose or SOCIO_FULL_ERROR=1 for the stack trace)");
            return 1;
        }
    }

    /// <summary>
    /// The verbs, one line each (their classes, and the <see cref="SettingsInterceptor"/> that runs before each, come
    /// from the host's services, see <see cref="SocioHost"/>).
    /// </summary>
    static void Configure(IConfigurator config)
    {
        config.SetApplicationName("socio");
        config.PropagateExceptions();
        config.UseStrictParsing();
        config.AddCommand<RunCommand>("run").WithExample("run", "experiments/quickstart.yaml", "--set", "nodes.pretrain.epochs=5");
        config.AddCommand<ValidateCommand>("validate").WithExample("validate", "experiments/quickstart.yaml");
        config.AddCommand<PlanCommand>("plan").WithExample("plan", "experiments/quickstart.yaml");
        config.AddCommand<SchemaCommand>("schema").WithExample("schema", "--out", "socio.schema.json");
        config.AddCommand<ConfigCommand>("config").WithExample("config", "experiments/quickstart.yaml");
        CommandRegistrations.AddMore(config);
    }
}

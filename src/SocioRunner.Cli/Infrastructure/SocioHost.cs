using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocioRunner.Cli.Display;
using SocioRunner.Cli.Settings;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Infrastructure;

/// <summary>
/// The generic host: configuration (the settings layers), logging (node messages on the console), services
/// (validated when built: every registration, including each command's dependencies, must resolve, and no scoped
/// service may leak into a singleton) and lifetime (Ctrl-C, SIGTERM). The empty builder skips what a CLI does not want
/// (appsettings.json, DOTNET_* variables, default log providers), which keeps start-up short.
/// </summary>
public static class SocioHost
{
    public static IHost Build(string[] args, Action<IServiceCollection>? extraServices = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = Environment.CurrentDirectory });
        var layers = SettingsLayers.AddTo(builder.Configuration, Environment.GetEnvironmentVariable);

        var services = builder.Services;
        services.AddSingleton(layers);
        services.AddSingleton<SettingsResolver>();
        services.AddSingleton<ICommandInterceptor, SettingsInterceptor>();
        services.AddSingleton<IOptions<SocioSettings>, ResolvedSettingsOptions>();
        services.AddSingleton(provider => new ConsoleSettings(provider.GetRequiredService<IOptions<SocioSettings>>()));

        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddFilter("Microsoft", LogLevel.Warning);
        services.AddSingleton<ILoggerProvider, ConsoleLoggerProvider>();

        services.RemoveAll<IHostLifetime>();
        services.AddSingleton<IHostLifetime, CancelKeyLifetime>();

        services.AddCommands().AddSocioServices();
        extraServices?.Invoke(services);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder.Build();
    }
}

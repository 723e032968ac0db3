using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocioRunner.Cli.Infrastructure;
using SocioRunner.Core.Nodes;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Tests.Infrastructure;

public sealed class SocioHostTests
{
    [Fact]
    public void Every_command_and_node_kind_comes_from_the_host_services()
    {
        using var host = SocioHost.Build([]);
        using var scope = host.Services.CreateScope();
        var commands = typeof(CliApp).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICommand).IsAssignableFrom(t)).ToList();

        Assert.Contains(typeof(SocioRunner.Cli.Commands.ConfigCommand), commands);
        foreach (var command in commands) Assert.NotNull(scope.ServiceProvider.GetService(command));
        Assert.Contains(scope.ServiceProvider.GetRequiredService<NodeKindRegistry>().All, k => k.Name == "train/rnc");
        Assert.IsType<CancelKeyLifetime>(host.Services.GetRequiredService<IHostLifetime>());
    }

    sealed class Unregistered;
    sealed class NeedsUnregistered(Unregistered dependency) { public Unregistered Dependency { get; } = dependency; }
    sealed class ScopedThing;
    sealed class SingletonHoldingScoped(ScopedThing thing) { public ScopedThing Thing { get; } = thing; }

    [Fact]
    public void A_service_that_cannot_be_built_fails_when_the_host_is_built_not_when_first_used()
    {
        var error = Assert.ThrowsAny<Exception>(() => SocioHost.Build([], services => services.AddSingleton<NeedsUnregistered>()));
        Assert.Contains(nameof(Unregistered), error.ToString());
    }

    [Fact]
    public void A_singleton_capturing_a_scoped_service_fails_when_the_host_is_built()
    {
        var error = Assert.ThrowsAny<Exception>(() => SocioHost.Build([], services => services.AddScoped<ScopedThing>().AddSingleton<SingletonHoldingScoped>()));
        Assert.Contains("scoped", error.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Infrastructure;

/// <summary>
/// Lets Spectre.Console.Cli create commands from the host's services. The host's container is already built (and
/// validated) when Spectre runs, so what Spectre registers itself (its own configuration, console, command settings)
/// is kept here and created on demand; everything else comes from <paramref name="services"/>.
/// </summary>
public sealed class TypeRegistrar(IServiceProvider services) : ITypeRegistrar
{
    readonly Dictionary<Type, Func<object>> spectreOwn = [];

    public ITypeResolver Build() => new TypeResolver(services, spectreOwn);

    public void Register(Type service, Type implementation) =>
        spectreOwn[service] = () => ActivatorUtilities.CreateInstance(services, implementation);

    public void RegisterInstance(Type service, object implementation) => spectreOwn[service] = () => implementation;

    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        spectreOwn[service] = () => lazy.Value;
    }

    sealed class TypeResolver(IServiceProvider services, Dictionary<Type, Func<object>> spectreOwn) : ITypeResolver
    {
        public object? Resolve(Type? type) =>
            type is null ? null : services.GetService(type) ?? (spectreOwn.TryGetValue(type, out var create) ? create() : null);
    }
}

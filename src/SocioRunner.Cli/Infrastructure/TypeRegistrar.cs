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
        public object? Resolve(Type? type)
        {
            if (type is null) return null;
            if (spectreOwn.TryGetValue(type, out var create)) return create();
            // Spectre asks for IEnumerable<T> (e.g. its interceptors): the container's T plus any Spectre registered itself.
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                && type.GetGenericArguments()[0] is var element && spectreOwn.TryGetValue(element, out var own))
            {
                var all = ((IEnumerable<object>)services.GetServices(element)).Append(own()).ToArray();
                var typed = Array.CreateInstance(element, all.Length);
                Array.Copy(all, typed, all.Length);
                return typed;
            }
            return services.GetService(type);
        }
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace SocioRunner.Models;

public static class ModelsNodesRegistration
{
    /// <summary>Registers every node kind of this project (one line per kind folder).</summary>
    public static IServiceCollection AddModelsNodes(this IServiceCollection services)
    {
        return services;
    }
}

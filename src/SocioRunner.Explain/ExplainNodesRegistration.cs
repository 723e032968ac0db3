using Microsoft.Extensions.DependencyInjection;
using SocioRunner.Core.Nodes;
using SocioRunner.Explain.Cavs;
using SocioRunner.Explain.EmbeddingsCsv;
using SocioRunner.Explain.Tcav;
using SocioRunner.Explain.Tsne;

namespace SocioRunner.Explain;

public static class ExplainNodesRegistration
{
    /// <summary>Registers every node kind of this project (one line per kind folder).</summary>
    public static IServiceCollection AddExplainNodes(this IServiceCollection services)
    {
        services.AddNodeKind<CavsNode>();
        services.AddNodeKind<TcavNode>();
        services.AddNodeKind<TsneNode>();
        services.AddNodeKind<EmbeddingsCsvNode>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using SocioRunner.Core.Nodes;
using SocioRunner.Data.Concepts.Flair;
using SocioRunner.Data.Concepts.Folders;
using SocioRunner.Data.HouseholdIncome;
using SocioRunner.Data.Liveability;
using SocioRunner.Data.SyntheticCity;

namespace SocioRunner.Data;

public static class DataNodesRegistration
{
    /// <summary>Registers every node kind of this project (one line per kind folder).</summary>
    public static IServiceCollection AddDataNodes(this IServiceCollection services)
    {
        services.AddNodeKind<SyntheticCityNode>();
        services.AddNodeKind<HouseholdIncomeNode>();
        services.AddNodeKind<FlairConceptsNode>();
        services.AddNodeKind<FolderConceptsNode>();
        services.AddNodeKind<LiveabilityNode>();
        return services;
    }
}

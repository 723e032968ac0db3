using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Nodes;
using SocioRunner.Models.Devices;
using SocioRunner.Models.Encoders.ResNet;
using SocioRunner.Models.Encoders.SmallCnn;
using SocioRunner.Models.Training.Probe;
using SocioRunner.Models.Training.Regression;
using SocioRunner.Models.Training.Rnc;

namespace SocioRunner.Models;

public static class ModelsNodesRegistration
{
    /// <summary>Registers every node kind of this project (one line per kind folder) and the TorchSharp services.</summary>
    public static IServiceCollection AddModelsNodes(this IServiceCollection services)
    {
        services.AddSingleton<INodeScopeFactory, TorchNodeScopeFactory>();
        services.RemoveAll<IDeviceResolver>();
        services.AddSingleton<IDeviceResolver, TorchDeviceResolver>();
        services.AddNodeKind<ResNetEncoderNode>();
        services.AddNodeKind<SmallCnnEncoderNode>();
        services.AddNodeKind<RncTrainNode>();
        services.AddNodeKind<ProbeTrainNode>();
        services.AddNodeKind<RegressionTrainNode>();
        return services;
    }
}

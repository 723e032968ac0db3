using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Nodes;

namespace SocioRunner.Testing;

/// <summary>Runs a node kind end to end on a temp output folder (no executor, no cache), and wraps folders as artifact handles.</summary>
public static class NodeRunner
{
    public static NodeContext Run<TOptions>(NodeKind<TOptions> kind, TOptions options, string outputDirectory,
        IReadOnlyDictionary<string, ArtifactHandle>? inputs = null, ILogger? logger = null, int seed = 7) where TOptions : class, new()
    {
        Directory.CreateDirectory(outputDirectory);
        var run = new RunInfo { ExperimentName = "test", ExperimentFile = "test.yaml", RunDirectory = outputDirectory, StartedAt = DateTimeOffset.UnixEpoch, Seed = seed };
        var slots = (inputs ?? new Dictionary<string, ArtifactHandle>()).ToDictionary(kv => kv.Key, kv => (IReadOnlyList<ArtifactHandle>)[kv.Value]);
        var context = new NodeContext("node", kind.Name, seed, "cpu", outputDirectory, outputDirectory + ".work", slots,
            logger ?? NullLogger.Instance, NullProgressSink.Instance, run, CancellationToken.None);
        ((INodeKind)kind).ExecuteAsync(context, options).GetAwaiter().GetResult();
        return context;
    }

    public static ArtifactHandle Handle(string directory, string type, string kind = "test") =>
        new("upstream", new ArtifactManifest
        {
            Key = "0123456789abcdef0123", Kind = kind, KindVersion = 1, ArtifactType = type, NodeId = "upstream",
            Options = new JsonObject(), Inputs = new Dictionary<string, IReadOnlyList<string>>(), Seed = 1, Device = "cpu",
            CreatedAt = DateTimeOffset.UnixEpoch, DurationSeconds = 0,
        }, directory);
}

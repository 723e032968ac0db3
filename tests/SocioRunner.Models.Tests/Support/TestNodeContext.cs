using Microsoft.Extensions.Logging.Abstractions;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Nodes;

namespace SocioRunner.Models.Tests.Support;

/// <summary>Temporary output/work folders and a <see cref="NodeContext"/> over them.</summary>
public sealed class TestNodeContext : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("socio-train-").FullName;

    public string WorkDirectory => Path.Combine(root, "work");

    public NodeContext Create(string kind, int seed = 7, CancellationToken cancellation = default,
        IReadOnlyDictionary<string, IReadOnlyList<ArtifactHandle>>? inputs = null)
    {
        string output = Path.Combine(root, "out-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(output);
        Directory.CreateDirectory(WorkDirectory);
        var run = new RunInfo { ExperimentName = "test", ExperimentFile = "test.yaml", RunDirectory = root, StartedAt = DateTimeOffset.UnixEpoch, Seed = seed };
        return new NodeContext("node", kind, seed, "cpu", output, WorkDirectory, inputs ?? new Dictionary<string, IReadOnlyList<ArtifactHandle>>(),
            NullLogger.Instance, NullProgressSink.Instance, run, cancellation);
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

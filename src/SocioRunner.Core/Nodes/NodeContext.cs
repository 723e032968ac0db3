using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Execution;

namespace SocioRunner.Core.Nodes;

/// <summary>Everything a node may use while it runs. Created by the executor; one per node execution.</summary>
public sealed class NodeContext
{
    readonly IReadOnlyDictionary<string, IReadOnlyList<ArtifactHandle>> inputs;
    readonly Dictionary<string, double> metrics = new(StringComparer.Ordinal);

    public NodeContext(
        string nodeId, string kind, int seed, string device, string outputDirectory, string workDirectory,
        IReadOnlyDictionary<string, IReadOnlyList<ArtifactHandle>> inputs, ILogger logger, IProgressSink progress,
        RunInfo run, CancellationToken cancellation)
    {
        NodeId = nodeId; Kind = kind; Seed = seed; Device = device; OutputDirectory = outputDirectory;
        WorkDirectory = workDirectory; this.inputs = inputs; Logger = logger; Progress = progress; Run = run;
        Cancellation = cancellation;
    }

    public string NodeId { get; }
    public string Kind { get; }

    /// <summary>This node's seed, derived from the experiment seed and the node id.</summary>
    public int Seed { get; }

    /// <summary>The experiment's device setting: "auto", "cpu" or "cuda" (TorchSharp code resolves "auto").</summary>
    public string Device { get; }

    /// <summary>An empty folder; every file written here becomes the artifact when the node succeeds.</summary>
    public string OutputDirectory { get; }

    /// <summary>A folder that survives an interrupted run of the same cache key (training checkpoints for resume); deleted on success.</summary>
    public string WorkDirectory { get; }

    /// <summary>How many threads the node's tensor work may use (the <c>threads</c> setting; every core by default).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// For kinds that are never cached (the report): this node's output in the last run of the same plan (same inputs,
    /// options and kind version), for reusing parts of it that cannot have changed; null when there is none. The node
    /// must check what it reuses (the artifact was written by whatever code version ran then).
    /// </summary>
    public ArtifactHandle? Previous { get; init; }

    public ILogger Logger { get; }
    public IProgressSink Progress { get; }
    public RunInfo Run { get; }
    public CancellationToken Cancellation { get; }

    public IReadOnlyDictionary<string, double> Metrics => metrics;

    /// <summary>Free-form facts for the manifest and the report (dataset sizes, dropped concepts, ...).</summary>
    public JsonObject Summary { get; } = [];

    public bool HasInput(string slot) => inputs.TryGetValue(slot, out var list) && list.Count > 0;

    /// <summary>The single artifact wired to <paramref name="slot"/>.</summary>
    public ArtifactHandle Input(string slot) =>
        inputs.TryGetValue(slot, out var list) && list.Count > 0
            ? list[0]
            : throw ArtifactErrors.InputNotConnected(NodeId, slot);

    public IReadOnlyList<ArtifactHandle> InputsOf(string slot) => inputs.TryGetValue(slot, out var list) ? list : [];

    public IEnumerable<ArtifactHandle> AllInputs => inputs.Values.SelectMany(v => v);

    public void RecordMetric(string name, double value) => metrics[name] = value;

    /// <summary>The input preprocessing recorded in this artifact's manifest (models and encoders; see <see cref="RecordPreprocessing"/>).</summary>
    public JsonObject? Preprocessing { get; private set; }

    /// <summary>Records how images must be preprocessed before this artifact's model sees them (goes into the manifest and run.json).</summary>
    public void RecordPreprocessing(JsonObject preprocessing) => Preprocessing = (JsonObject)preprocessing.DeepClone();

    public string OutputPath(string relativePath)
    {
        string path = Path.Combine(OutputDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}

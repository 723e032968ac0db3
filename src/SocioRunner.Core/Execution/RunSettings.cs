using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;

namespace SocioRunner.Core.Execution;

/// <summary>How to run a plan: where the cache and reports go, what to force, the clock.</summary>
public sealed record RunSettings
{
    public required string CacheDirectory { get; init; }
    public required string ReportsDirectory { get; init; }
    public IReadOnlySet<string> Force { get; init; } = new HashSet<string>();
    /// <summary>How long to wait for an artifact another run is computing; null (the default) waits as long as that run lives.</summary>
    public TimeSpan? LockTimeout { get; init; }

    public LockTiming LockTiming { get; init; } = LockTiming.Default;

    /// <summary>Write the run into this folder instead of a new <c>reports/&lt;experiment&gt;/&lt;timestamp&gt;/</c> (sweep members).</summary>
    public string? RunDirectory { get; init; }

    /// <summary>Threads a node's tensor work may use (the <c>threads</c> setting); not part of cache keys.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    public IReadOnlyDictionary<string, string> ToolVersions { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The settings that can change what a run computes or accepts (device, threads, input limits), each as
    /// <c>{"value", "from"}</c> naming the layer and place it came from; recorded in run.json as <c>settings</c>.
    /// </summary>
    public JsonObject Settings { get; init; } = [];

    /// <summary>The git commit of the experiment file's repository (null outside one); recorded in run.json.</summary>
    public string? SourceRevision { get; init; }
}

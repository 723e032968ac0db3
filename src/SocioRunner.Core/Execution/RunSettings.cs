namespace SocioRunner.Core.Execution;

/// <summary>How to run a plan: where the cache and reports go, what to force, the clock.</summary>
public sealed record RunSettings
{
    public required string CacheDirectory { get; init; }
    public required string ReportsDirectory { get; init; }
    public IReadOnlySet<string> Force { get; init; } = new HashSet<string>();
    public TimeSpan LockTimeout { get; init; } = TimeSpan.Zero;

    /// <summary>Threads a node's tensor work may use (the <c>threads</c> setting); not part of cache keys.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    public IReadOnlyDictionary<string, string> ToolVersions { get; init; } = new Dictionary<string, string>();

    /// <summary>The git commit of the experiment file's repository (null outside one); recorded in run.json.</summary>
    public string? SourceRevision { get; init; }
}

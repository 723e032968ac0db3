namespace SocioRunner.Core.Sweeps.Launch;

/// <summary>How to launch a sweep. Plain properties with defaults, so a host can bind them from configuration too.</summary>
public sealed record SweepLaunchSettings
{
    public required string CacheDirectory { get; init; }
    public required string ReportsDirectory { get; init; }

    /// <summary>Members at once with the local launcher; default: half the cores (each member trains with several threads), at least 1.</summary>
    public int Parallel { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);

    public SlurmOptions Slurm { get; init; } = new();

    /// <summary>Slurm: wait until every job has finished, then write the sweep report here (otherwise a report job does it).</summary>
    public bool Wait { get; init; }

    public IReadOnlyList<string> Command { get; init; } = [];

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

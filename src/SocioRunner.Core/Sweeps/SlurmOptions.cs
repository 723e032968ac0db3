namespace SocioRunner.Core.Sweeps;

/// <summary>
/// Resources asked of Slurm for each job (<c>sweep: slurm:</c> in the experiment file, or the command line, which
/// wins). Plain settable properties so a host can also bind them from configuration.
/// </summary>
public sealed record SlurmOptions
{
    public string? Partition { get; init; }
    /// <summary>Wall-clock limit in Slurm's format, e.g. <c>04:00:00</c> or <c>1-00:00:00</c>.</summary>
    public string? Time { get; init; }
    public int? Cpus { get; init; }
    /// <summary>Memory per job in Slurm's format, e.g. <c>16G</c>.</summary>
    public string? Mem { get; init; }
    public int? Gpus { get; init; }
    /// <summary>Further <c>#SBATCH</c> options written verbatim, e.g. <c>--account=abc</c>.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>The values of <paramref name="overrides"/> where set, else these.</summary>
    public SlurmOptions Merge(SlurmOptions overrides) => new()
    {
        Partition = overrides.Partition ?? Partition,
        Time = overrides.Time ?? Time,
        Cpus = overrides.Cpus ?? Cpus,
        Mem = overrides.Mem ?? Mem,
        Gpus = overrides.Gpus ?? Gpus,
        Options = [.. Options, .. overrides.Options],
    };
}

using SocioRunner.Core.Experiments;

namespace SocioRunner.Core.Sweeps;

/// <summary>
/// What to sweep: explicit <see cref="Variants"/> (each a set of values; none means one variant, the base config)
/// crossed with every combination of the <see cref="Grid"/> axes. Launch settings from the file ride along.
/// </summary>
public sealed record SweepDefinition(IReadOnlyList<SweepAxis> Grid, IReadOnlyList<IReadOnlyList<Override>> Variants)
{
    public static readonly SweepDefinition None = new([], []);

    public int? Parallel { get; init; }

    public SlurmOptions Slurm { get; init; } = new();

    public bool IsEmpty => Grid.Count == 0 && Variants.Count == 0;

    /// <summary>Axes from the command line (<c>--multirun --set a=1,2</c>) join the file's grid; a path given on both replaces the file's.</summary>
    public SweepDefinition WithGrid(IReadOnlyList<SweepAxis> extra) =>
        this with { Grid = [.. Grid.Where(a => extra.All(e => e.Path != a.Path)), .. extra] };
}

using System.Text.Json.Nodes;

namespace SocioRunner.Core.Sweeps.Launch;

/// <summary>
/// Looks jobs up in Slurm for <see cref="SweepMemberStates"/>; when Slurm cannot be reached from here (no scontrol),
/// it answers nothing from then on, so states come from the run folders alone rather than from a guess.
/// </summary>
public sealed class SlurmJobLookup(SlurmClient slurm)
{
    public bool Reachable { get; private set; } = true;

    public SlurmJob? Find(string job)
    {
        if (!Reachable) return null;
        try { return slurm.Job(job); }
        catch (SlurmException)
        {
            Reachable = false;
            return null;
        }
    }

    /// <summary>A lookup when the sweep submitted Slurm jobs (sweep.json names some), else null.</summary>
    public static SlurmJobLookup? For(JsonObject manifest, SlurmClient? slurm = null) =>
        manifest["jobs"] is JsonObject { Count: > 0 } ? new SlurmJobLookup(slurm ?? new SlurmClient()) : null;
}

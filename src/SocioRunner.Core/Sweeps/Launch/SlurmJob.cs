namespace SocioRunner.Core.Sweeps.Launch;

/// <summary>What <c>scontrol show job</c> says about a job: its state and, when Slurm gives one, the reason (e.g. DependencyNeverSatisfied).</summary>
public sealed record SlurmJob(string State, string? Reason);

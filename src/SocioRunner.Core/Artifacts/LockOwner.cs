using System.Text.Json;

namespace SocioRunner.Core.Artifacts;

/// <summary>
/// Who holds a lock or a lease: the machine, the process and the run. Written into the lock file so a waiting
/// run can say whom it waits for, and so a holder on this machine whose process is gone is recognised at once.
/// </summary>
public sealed record LockOwner(string Host, int Pid, string Run, DateTimeOffset AcquiredAt, string Token)
{
    /// <summary>A new owner identity; <see cref="Token"/> is unique, so two acquisitions by one process never look alike.</summary>
    public static LockOwner Current(string run, TimeProvider clock) =>
        new(Environment.MachineName, Environment.ProcessId, run, clock.GetUtcNow(), Guid.NewGuid().ToString("N"));

    public override string ToString() => $"run {Run} (host {Host}, pid {Pid})";

    public string ToJson() => JsonSerializer.Serialize(this, ArtifactStore.Json);

    /// <summary>Null when the file is missing, empty (being written) or not a lock file.</summary>
    public static LockOwner? TryRead(string path)
    {
        try { return JsonSerializer.Deserialize<LockOwner>(File.ReadAllText(path), ArtifactStore.Json); }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>
    /// True when this owner ran on this machine and its process no longer exists: it cannot be heartbeating, so its
    /// lock is stale without waiting for the heartbeat to age (a SIGKILLed run on a workstation or a Slurm node).
    /// </summary>
    public bool IsDeadOnThisHost() =>
        Host == Environment.MachineName && OperatingSystem.IsLinux() && !Directory.Exists($"/proc/{Pid}");
}

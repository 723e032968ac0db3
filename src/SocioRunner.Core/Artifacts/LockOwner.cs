using System.Text.Json;
using SocioRunner.Core.Artifacts.Internal;

namespace SocioRunner.Core.Artifacts;

/// <summary>
/// Who holds a lock or a lease: the machine, the process and the run. Written into the lock file so a waiting
/// run can say whom it waits for, and so a holder on this machine is judged by its process, not its heartbeat.
/// </summary>
/// <param name="ProcessStart">
/// The holder process's identity beyond its pid (boot id and start time, from /proc), so a pid the kernel has
/// since given to another process is not mistaken for the holder. Null in lock files written before it existed.
/// </param>
public sealed record LockOwner(string Host, int Pid, string Run, DateTimeOffset AcquiredAt, string Token, string? ProcessStart = null)
{
    /// <summary>A new owner identity; <see cref="Token"/> is unique, so two acquisitions by one process never look alike.</summary>
    public static LockOwner Current(string run, TimeProvider clock) =>
        new(Environment.MachineName, Environment.ProcessId, run, clock.GetUtcNow(), Guid.NewGuid().ToString("N"), ThisProcessStart.Value);

    static readonly Lazy<string?> ThisProcessStart = new(() => ProcessIdentity.StartOf(Environment.ProcessId));

    public override string ToString() => $"run {Run} (host {Host}, pid {Pid})";

    public string ToJson() => JsonSerializer.Serialize(this, ArtifactStore.Json);

    /// <summary>Null when the file is missing, empty (being written) or not a lock file.</summary>
    public static LockOwner? TryRead(string path)
    {
        try { return JsonSerializer.Deserialize<LockOwner>(File.ReadAllText(path), ArtifactStore.Json); }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>
    /// What this machine can tell about the holder without looking at its heartbeat. On the holder's own machine
    /// the process table is the truth: a holder whose process is gone is <see cref="HolderState.Dead"/> at once
    /// (a SIGKILLed run on a workstation or a Slurm node), and one whose process is running (same pid, same start)
    /// is <see cref="HolderState.Alive"/> however late its heartbeat is, because a heartbeat can stall in a busy
    /// process (a starved thread pool, a paused VM) while the run is fine. Everything else — another machine, a
    /// reused pid, an old lock file without a start time — is <see cref="HolderState.Unknown"/>: the heartbeat decides.
    /// </summary>
    public HolderState StateOnThisHost()
    {
        if (Host != Environment.MachineName || !OperatingSystem.IsLinux()) return HolderState.Unknown;
        if (!Directory.Exists($"/proc/{Pid}")) return HolderState.Dead;
        return ProcessStart is not null && ProcessStart == ProcessIdentity.StartOf(Pid) ? HolderState.Alive : HolderState.Unknown;
    }
}

/// <summary>What the process table says about a lock holder; see <see cref="LockOwner.StateOnThisHost"/>.</summary>
public enum HolderState { Unknown, Alive, Dead }

namespace SocioRunner.Core.Artifacts.Internal;

/// <summary>
/// A process's identity on Linux beyond its pid: the boot id and the start time (field 22 of /proc/&lt;pid&gt;/stat,
/// in clock ticks since boot). Pids are reused; the pair (boot, start time) of a pid is not.
/// </summary>
static class ProcessIdentity
{
    /// <summary>"&lt;boot id&gt;/&lt;start ticks&gt;", or null when it cannot be read (not Linux, process gone).</summary>
    public static string? StartOf(int pid)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            string boot = File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim();
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) is in parentheses and may hold spaces or ')': fields resume after the last ')'.
            string[] rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            const int StartTimeField = 22, FirstFieldAfterName = 3;
            return $"{boot}/{rest[StartTimeField - FirstFieldAfterName]}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}

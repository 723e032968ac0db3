using System.Runtime.InteropServices;

namespace SocioRunner.Cli.Infrastructure;

/// <summary>
/// Caps glibc's malloc arenas for the process (<c>mallopt(M_ARENA_MAX, 2)</c>) before any work starts.
/// Why: glibc gives each thread that first calls malloc its own arena, up to 8 per core. A run allocates native
/// memory (libtorch tensors, decoded images) from the batch producer, the thread pool and libtorch's intra-op
/// threads, so a training run ends up with every arena (16 on 2 cores, measured in /proc/PID/smaps), each keeping
/// its own freed-but-not-returned chunks: resident memory crept up over the epochs although nothing leaked
/// (docs/benchmarks.md, "Memory over epochs"). Two arenas keep the main thread and one shared arena; the lock
/// contention this adds is negligible next to the tensor work. A user's own <c>MALLOC_ARENA_MAX</c> wins.
/// </summary>
public static class MallocArenaLimit
{
    /// <summary>The cap the CLI applies.</summary>
    public const int DefaultMaxArenas = 2;

    /// <summary>glibc's environment variable for the same setting; when set, the user's value is kept.</summary>
    public const string EnvironmentVariable = "MALLOC_ARENA_MAX";

    // From glibc's malloc.h.
    const int M_ARENA_MAX = -8;

    /// <summary>Applies the cap. True when glibc accepted it; false off Linux, on a C library without
    /// <c>mallopt</c> (musl), or when <see cref="EnvironmentVariable"/> is set (glibc already applied the user's value).</summary>
    public static bool Apply(int maxArenas = DefaultMaxArenas)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxArenas, 1);
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 }) return false;
        try
        {
            return mallopt(M_ARENA_MAX, maxArenas) == 1;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // not glibc: nothing to cap
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    static extern int mallopt(int parameter, int value);
}

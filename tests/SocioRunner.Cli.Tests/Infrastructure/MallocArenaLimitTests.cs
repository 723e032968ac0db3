using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using SocioRunner.Cli.Infrastructure;
using Xunit;

namespace SocioRunner.Cli.Tests.Infrastructure;

/// <summary>
/// The arena cap the CLI applies at start-up, checked against glibc's own bookkeeping: <c>malloc_info</c> lists one
/// <c>&lt;heap nr="…"&gt;</c> element per arena. Without the cap every new thread that mallocs gets a fresh arena (up to
/// 8 per core); with it, new threads share the existing ones.
/// </summary>
public sealed partial class MallocArenaLimitTests
{
    [SkippableFact]
    public void Threads_started_after_the_cap_create_no_new_arenas()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && GlibcPresent(), "glibc's mallopt/malloc_info are not available here");
        Skip.If(Environment.GetEnvironmentVariable(MallocArenaLimit.EnvironmentVariable) is { Length: > 0 },
            "MALLOC_ARENA_MAX is set: the user's value wins and the cap is not applied");

        Assert.True(MallocArenaLimit.Apply());
        int before = ArenaCount();

        // All threads hold their allocation until every one has allocated, so none can inherit an exited thread's arena.
        const int threads = 8;
        using var allocated = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            var block = Marshal.AllocHGlobal(1024); // below the mmap threshold: served by the thread's arena
            allocated.SignalAndWait();
            Marshal.FreeHGlobal(block);
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());

        Assert.InRange(ArenaCount(), 1, Math.Max(before, MallocArenaLimit.DefaultMaxArenas));
    }

    [Fact]
    public void A_cap_below_one_arena_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MallocArenaLimit.Apply(0));
    }

    static int ArenaCount()
    {
        // open_memstream writes the buffer's address and size at fflush/fclose, after the call that received them
        // returned, so they must live in native memory rather than in marshalled locals.
        var slots = Marshal.AllocHGlobal(2 * IntPtr.Size);
        try
        {
            var stream = open_memstream(slots, slots + IntPtr.Size);
            Assert.NotEqual(IntPtr.Zero, stream);
            int status;
            try { status = malloc_info(0, stream); }
            finally { fclose(stream); }
            var buffer = Marshal.ReadIntPtr(slots);
            try
            {
                Assert.Equal(0, status);
                return HeapElement().Count(Marshal.PtrToStringUTF8(buffer) ?? "");
            }
            finally { free(buffer); }
        }
        finally
        {
            Marshal.FreeHGlobal(slots);
        }
    }

    static bool GlibcPresent()
    {
        try { return ArenaCount() >= 1; }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { return false; }
    }

    [GeneratedRegex("<heap nr=\"\\d+\">")]
    private static partial Regex HeapElement();

    [DllImport("libc")] static extern IntPtr open_memstream(IntPtr bufferSlot, IntPtr sizeSlot);
    [DllImport("libc")] static extern int malloc_info(int options, IntPtr stream);
    [DllImport("libc")] static extern int fclose(IntPtr stream);
    [DllImport("libc")] static extern void free(IntPtr pointer);
}

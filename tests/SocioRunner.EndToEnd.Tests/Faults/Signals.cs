using System.Globalization;
using System.Runtime.InteropServices;

namespace SocioRunner.EndToEnd.Tests.Faults;

/// <summary>kill(2), to send a real signal to a child process (.NET's Process.Kill only sends SIGKILL), and SIGINT's disposition.</summary>
internal static class Signals
{
    public const int SigInt = 2;

    static readonly IntPtr Default = IntPtr.Zero, Ignore = 1;

    static readonly Lock Gate = new();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static extern int Kill(int pid, int signal);

    [DllImport("libc", EntryPoint = "signal", SetLastError = true)]
    static extern IntPtr SetHandler(int signal, IntPtr handler);

    /// <summary>sigaction(2) with the struct as opaque bytes (152 on Linux x86-64/arm64 glibc: handler, mask, flags, restorer), so a
    /// handler the runtime installed can be saved and put back exactly.</summary>
    [DllImport("libc", EntryPoint = "sigaction", SetLastError = true)]
    static extern int SigAction(int signal, byte[]? action, byte[]? previous);

    const int SigActionSize = 152;

    /// <summary>Whether <paramref name="pid"/> (default: this process) ignores the signal (SigIgn in /proc/pid/status).</summary>
    public static bool IsIgnored(int signal, int? pid = null)
    {
        string line = File.ReadLines($"/proc/{pid?.ToString(CultureInfo.InvariantCulture) ?? "self"}/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        ulong mask = ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (mask & (1UL << (signal - 1))) != 0;
    }

    /// <summary>
    /// A process started as a background job of a non-interactive shell, or under nohup, ignores SIGINT, and an ignored
    /// signal stays ignored across fork and exec: every CLI the tests start would then ignore Ctrl-C too (the .NET runtime,
    /// like any Unix program, leaves a signal ignored at start alone), and a Ctrl-C test would fail for a reason that has
    /// nothing to do with the CLI (CI run from a background job, 2 Dec 2026: exit 0 instead of 130). So before starting a
    /// child, an ignored SIGINT is set back to its default, as in a terminal. A SIGINT the runtime handles is left alone.
    /// </summary>
    public static void RestoreDefaultInterruptIfIgnored()
    {
        lock (Gate)
        {
            if (IsIgnored(SigInt)) SetHandler(SigInt, Default);
        }
    }

    /// <summary>Test support: ignores SIGINT in this process until the returned scope ends, then puts the previous action back.</summary>
    public static IDisposable IgnoreInterruptForATest()
    {
        lock (Gate)
        {
            var previous = new byte[SigActionSize];
            if (SigAction(SigInt, null, previous) != 0) throw new InvalidOperationException($"sigaction failed: errno {Marshal.GetLastPInvokeError()}");
            var ignore = (byte[])previous.Clone();
            BitConverter.TryWriteBytes(ignore.AsSpan(0, IntPtr.Size), (long)Ignore);
            SigAction(SigInt, ignore, null);
            return new Restore(previous);
        }
    }

    sealed class Restore(byte[] previous) : IDisposable
    {
        public void Dispose()
        {
            lock (Gate) SigAction(SigInt, previous, null);
        }
    }
}

using System.Runtime.InteropServices;

namespace SocioRunner.EndToEnd.Tests.Faults;

/// <summary>kill(2), to send a real signal to a child process (.NET's Process.Kill only sends SIGKILL).</summary>
internal static class Signals
{
    public const int SigInt = 2;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static extern int Kill(int pid, int signal);
}

using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SocioRunner.EndToEnd.Tests.Faults;

/// <summary>
/// Why the Ctrl-C test failed when CI was started from a background job (2 Dec 2026: exit 0 instead of 130, SIGINT never
/// acted on): the test process ignored SIGINT, and every CLI it started inherited that. Children started by the test
/// harness now get SIGINT's default disposition back, as in a terminal.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class InterruptDispositionTests
{
    [SkippableFact]
    public void A_child_started_while_the_tests_ignore_SIGINT_can_still_be_interrupted()
    {
        Skip.IfNot(RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64 && OperatingSystem.IsLinux(),
            "sigaction's struct layout is only spelled out for Linux x86-64 and arm64");
        using (Signals.IgnoreInterruptForATest())
        {
            Assert.True(Signals.IsIgnored(Signals.SigInt));
            Assert.True(ChildIgnoresInterrupt(), "an ignored SIGINT should be inherited (the failure this guards against)");

            Signals.RestoreDefaultInterruptIfIgnored();

            Assert.False(ChildIgnoresInterrupt(), "a child started after the restore still ignores SIGINT");
        }
    }

    static bool ChildIgnoresInterrupt()
    {
        using var child = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        try
        {
            return Signals.IsIgnored(Signals.SigInt, child.Id);
        }
        finally
        {
            child.Kill();
            child.WaitForExit();
        }
    }
}

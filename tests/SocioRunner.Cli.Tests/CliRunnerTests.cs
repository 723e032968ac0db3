using System.Diagnostics;
using SocioRunner.Cli.Tests.Faults;
using SocioRunner.Core.Artifacts;

namespace SocioRunner.Cli.Tests;

/// <summary>
/// In-process runs change process-wide state while they run (working directory, PATH); a child process another test
/// starts meanwhile must not see it. Seen in CI on 2026-12-03: ConcurrentRunTests started "true" while
/// SlurmSubmissionTests' "missing sbatch" run had PATH set to a folder of stand-in tools only, and failed with ENOENT.
/// </summary>
public sealed class CliRunnerTests : IDisposable
{
    readonly TinyCacheWorkspace workspace = new();

    [Fact]
    public async Task A_child_started_while_a_run_has_its_own_PATH_waits_for_the_run_and_finds_its_program()
    {
        string experiment = workspace.Experiment();
        string cityKey = TinyCacheWorkspace.Key(await workspace.RunOk(experiment), "city");
        string emptyPath = Directory.CreateDirectory(Path.Combine(workspace.Root, "no-tools")).FullName;
        // A lock held by this (live) process keeps the run waiting inside the gate until --lock-timeout: a run in progress
        // with PATH = a folder holding no programs, as the Slurm test's.
        using var holder = ArtifactLock.TryAcquire(workspace.Cache, cityKey, LockOwner.Current("holder-run", TimeProvider.System), LockTiming.Default)!;
        var run = CliRunner.RunWithEnvironment(workspace.Root, new Dictionary<string, string?> { ["PATH"] = emptyPath },
            "run", experiment, "--force", "city", "--lock-timeout", "3", "--cache", workspace.Cache);
        var cap = Stopwatch.StartNew();
        while (Environment.GetEnvironmentVariable("PATH") != emptyPath && !run.IsCompleted && cap.Elapsed < TimeSpan.FromMinutes(1)) await Task.Delay(10);
        Assert.True(Environment.GetEnvironmentVariable("PATH") == emptyPath, "the run never set its PATH: this test would check nothing");

        using var child = CliRunner.StartProcess(new ProcessStartInfo("true") { UseShellExecute = false });
        bool runEndedFirst = run.IsCompleted;
        child.WaitForExit();

        Assert.Equal(0, child.ExitCode);
        Assert.True(runEndedFirst, "the child started while the run still had its own PATH");
        Assert.Equal(4, (await run).Exit); // the run gave up on the held lock, as it should
    }

    public void Dispose() => workspace.Dispose();
}

using SocioRunner.EndToEnd.Tests.Faults;

namespace SocioRunner.EndToEnd.Tests.Quickstart;

/// <summary>
/// A fully cached re-run needs nothing from LibTorch, and loading it (~1 GB of natives, static initialisers) was a
/// large part of a warm run's time. The dynamic loader's own log (glibc's LD_DEBUG) shows which libraries a real CLI
/// process opened; a run that computes a tensor node is the control, so the check cannot pass by not seeing anything.
/// </summary>
[Collection(QuickstartCollection.Name)]
public sealed class LibTorchLoadTests(QuickstartRun quickstart)
{
    [Fact]
    public async Task A_fully_cached_run_never_loads_LibTorch_and_a_run_that_computes_tensors_does()
    {
        Assert.True(quickstart.ExitCode == 0, quickstart.Output);

        var cached = await LoadedLibraries();
        // The log does see libraries the runtime opens at run time (not only those linked at start)...
        Assert.Contains(cached, line => line.Contains("libSystem.Native.so"));
        // ...and LibTorch is not among them. (Not Skia either, necessarily: the report may reuse its figures.)
        Assert.DoesNotContain(cached, line => line.Contains("libtorch_cpu.so"));

        var computed = await LoadedLibraries("--force", "tsne");
        Assert.Contains(computed, line => line.Contains("libtorch_cpu.so"));
    }

    async Task<string[]> LoadedLibraries(params string[] extra)
    {
        string log = Path.Combine(quickstart.WorkingDirectory, $"ld-{Guid.NewGuid():N}");
        var environment = new Dictionary<string, string> { ["LD_DEBUG"] = "files", ["LD_DEBUG_OUTPUT"] = log };
        using var run = await SocioProcess.Start(quickstart.WorkingDirectory, environment, [quickstart.ExperimentFile, .. extra]);
        var (exit, output) = await run.WaitAsync(TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, output);
        // glibc writes one file per process: <log>.<pid>
        return Directory.GetFiles(quickstart.WorkingDirectory, Path.GetFileName(log) + ".*").SelectMany(File.ReadAllLines).ToArray();
    }
}

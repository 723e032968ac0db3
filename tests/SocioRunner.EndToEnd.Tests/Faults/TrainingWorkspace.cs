using System.Text.Json.Nodes;
using SocioRunner.Cli.Tests;

namespace SocioRunner.EndToEnd.Tests.Faults;

/// <summary>A temporary folder with a small training experiment (synthetic city, income reader, small CNN, RNC pretraining, probe).</summary>
public sealed class TrainingWorkspace : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("socio-e2e-faults-").FullName;

    public string Cache => Path.Combine(Root, "cache");

    /// <summary>
    /// Epochs for a training node a test interrupts, kills or joins after its second checkpoint: the node must still be
    /// running when the test acts. Since the fused CPU augmentation an RNC epoch on these 120 tiles takes ~0.25 s and a
    /// probe epoch ~0.1 s on the idle 2-core machine, so the 4-12 epochs used before left well under a second between
    /// the checkpoint being seen and the end of the node. 20 leaves several seconds (more under load, where epochs slow
    /// down with everything else). (A Ctrl-C failure in CI on 2 Dec 2026 was first blamed on this; its cause was an
    /// inherited ignored SIGINT, see <see cref="Signals.RestoreDefaultInterruptIfIgnored"/>.)
    /// </summary>
    public const int LongTraining = 20;

    public string Experiment(int pretrainEpochs) => Write("training.yaml", $"""
        name: training
        seed: 11
        device: cpu
        nodes:
          city: {"{"} kind: dataset/synthetic-city, tiles: 120, flair_patches: 0 {"}"}
          income: {"{"} kind: dataset/household-income, inputs: {"{"} raw: city {"}"} {"}"}
          encoder: {"{"} kind: encoder/small-cnn {"}"}
          pretrain: {"{"} kind: train/rnc, inputs: {"{"} dataset: income, encoder: encoder {"}"}, epochs: {pretrainEpochs} {"}"}
          probe: {"{"} kind: train/probe, inputs: {"{"} dataset: income, encoder: pretrain {"}"}, epochs: 2 {"}"}
        """);

    /// <summary>RNC for one epoch, then a probe and the end-to-end L1 baseline long enough to be killed in the middle.</summary>
    public string SupervisedExperiment(int epochs) => Write("supervised.yaml", $"""
        name: training
        seed: 11
        device: cpu
        nodes:
          city: {"{"} kind: dataset/synthetic-city, tiles: 120, flair_patches: 0 {"}"}
          income: {"{"} kind: dataset/household-income, inputs: {"{"} raw: city {"}"} {"}"}
          encoder: {"{"} kind: encoder/small-cnn {"}"}
          pretrain: {"{"} kind: train/rnc, inputs: {"{"} dataset: income, encoder: encoder {"}"}, epochs: 1 {"}"}
          probe: {"{"} kind: train/probe, inputs: {"{"} dataset: income, encoder: pretrain {"}"}, epochs: {epochs} {"}"}
          baseline: {"{"} kind: train/regression, inputs: {"{"} dataset: income, encoder: encoder {"}"}, epochs: {epochs} {"}"}
        """);

    string Write(string name, string text)
    {
        string path = Path.Combine(Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    public Task<SocioProcess> Start(params string[] args) => SocioProcess.Start(Root, [.. args, "--cache", Cache]);

    public Task<SocioProcess> Start(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        SocioProcess.Start(Root, environment, [.. args, "--cache", Cache]);

    public IEnumerable<JsonNode> Runs() =>
        Directory.EnumerateFiles(Path.Combine(Root, "reports"), "run.json", SearchOption.AllDirectories).Select(p => JsonNode.Parse(File.ReadAllText(p))!);

    public Task<(int Exit, string Out, string Err)> Cli(params string[] args) => CliRunner.Run(Root, [.. args, "--cache", Cache]);

    /// <summary>
    /// Waits until a training node (any, or the one with cache key <paramref name="key"/>) has saved resume state for at
    /// least <paramref name="epochs"/> epochs, then runs <paramref name="then"/> (kill, interrupt) at once. Polls on a
    /// thread of its own and acts there: the window between the second epoch and the end of a short node is about a
    /// second, and a watcher on the thread pool or xUnit's threads waits whenever other tests in this process hold them
    /// (TrainingWorkspaceTests).
    /// </summary>
    public Task<string> WaitForCheckpoint(SocioProcess process, int epochs, TimeSpan timeout, string? key = null, Action? then = null)
    {
        var result = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                string state = Poll(process, epochs, timeout, key) ?? throw NotSeen(process, epochs, timeout, key);
                then?.Invoke();
                result.SetResult(state);
            }
            catch (Exception e) { result.SetException(e); }
        }) { IsBackground = true, Name = "checkpoint-watcher" };
        thread.Start();
        return result.Task;
    }

    string? Poll(SocioProcess process, int epochs, TimeSpan timeout, string? key)
    {
        var deadline = DateTime.UtcNow + timeout;
        string work = key is null ? Path.Combine(Cache, "work") : Path.Combine(Cache, "work", key);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            foreach (string state in Directory.Exists(work) ? Directory.EnumerateFiles(work, "state.json", SearchOption.AllDirectories) : [])
            {
                try
                {
                    if ((int?)JsonNode.Parse(File.ReadAllText(state))?["CompletedEpochs"] >= epochs) return state;
                }
                catch (Exception e) when (e is IOException or System.Text.Json.JsonException) { /* being replaced: look again */ }
            }
            Thread.Sleep(50);
        }
        return null;
    }

    /// <summary>The run ended (or the time ran out) first: say how, with the run's output and what the cache holds.</summary>
    TimeoutException NotSeen(SocioProcess process, int epochs, TimeSpan timeout, string? key)
    {
        string what = $"no checkpoint with {epochs} epochs appeared{(key is null ? "" : $" for key {key}")}";
        if (!process.HasExited) return new TimeoutException($"{what} within {timeout}");
        var (exit, output) = process.WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
        static string Listing(string folder) => Directory.Exists(folder) ? string.Join(", ", Directory.EnumerateDirectories(folder).Select(Path.GetFileName)) : "";
        return new TimeoutException($"{what}: the run exited {exit} first. Work folders: {Listing(Path.Combine(Cache, "work"))}; "
            + $"objects: {Listing(Path.Combine(Cache, "objects"))}. Output:\n{output}");
    }

    public string LatestRunFolder() =>
        Directory.EnumerateDirectories(Path.Combine(Root, "reports", "training")).Order(StringComparer.Ordinal).Last();

    public JsonNode LatestRun() => JsonNode.Parse(File.ReadAllText(Path.Combine(LatestRunFolder(), "run.json")))!;

    public static string Status(JsonNode run, string node) => (string)run["nodes"]!.AsArray().First(n => (string?)n!["id"] == node)!["status"]!;

    public static string Key(JsonNode run, string node) => (string)run["nodes"]!.AsArray().First(n => (string?)n!["id"] == node)!["key"]!;

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("SOCIO_KEEP_E2E") is null)
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

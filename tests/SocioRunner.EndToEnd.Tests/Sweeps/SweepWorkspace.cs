using System.Diagnostics;
using System.Text.Json.Nodes;
using SocioRunner.EndToEnd.Tests.Faults;

namespace SocioRunner.EndToEnd.Tests.Sweeps;

/// <summary>
/// A reduced quickstart sweep (synthetic city, income, small CNN, RNC pretraining, probe, L1 baseline; no TCAV/t-SNE
/// to stay within the time budget): 2 temperatures x 2 seeds, run by the real CLI as a child process.
/// </summary>
public sealed class SweepWorkspace : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("socio-e2e-sweep-").FullName;

    public string Experiment { get; }

    public static readonly string[] SweepSets = ["--set", "nodes.pretrain.temperature=0.5,2", "--set", "seed=1,2"];

    public SweepWorkspace()
    {
        Experiment = Path.Combine(Root, "reduced.yaml");
        File.WriteAllText(Experiment, """
            name: reduced
            device: cpu
            nodes:
              city: { kind: dataset/synthetic-city, tiles: 120, flair_patches: 0 }
              income: { kind: dataset/household-income, inputs: { raw: city } }
              encoder: { kind: encoder/small-cnn }
              pretrain: { kind: train/rnc, inputs: { dataset: income, encoder: encoder }, epochs: 8 }
              probe: { kind: train/probe, inputs: { dataset: income, encoder: pretrain }, epochs: 2 }
              baseline: { kind: train/regression, inputs: { dataset: income, encoder: encoder }, epochs: 2 }
            """);
    }

    public string Cache(string name) => Path.Combine(Root, name, "cache");

    public string Reports(string name) => Path.Combine(Root, name, "reports");

    public async Task<(int Exit, string Output)> Sweep(string name, params string[] extra)
    {
        var environment = new Dictionary<string, string> { ["SOCIO_COMMAND"] = $"dotnet {SocioProcess.Launcher}" };
        using var process = await SocioProcess.Start(Root, environment,
            ["run", Experiment, "--multirun", .. SweepSets, "--cache", Cache(name), "--output", Reports(name), .. extra]);
        return await process.WaitAsync(TimeSpan.FromMinutes(8));
    }

    public string SweepFolder(string name) => Directory.EnumerateDirectories(Path.Combine(Reports(name), "reduced"), "*-sweep").Single();

    public JsonObject Manifest(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(SweepFolder(name), "sweep.json")))!.AsObject();

    /// <summary>Every run.json of the sweep (members and shared-node jobs).</summary>
    public List<JsonNode> Runs(string name) =>
        Directory.EnumerateFiles(SweepFolder(name), "run.json", SearchOption.AllDirectories).Select(p => JsonNode.Parse(File.ReadAllText(p))!).ToList();

    /// <summary>Each member's test R^2 of the probe and the baseline, by member values.</summary>
    public Dictionary<string, (double Probe, double Baseline)> Metrics(string name)
    {
        var result = new Dictionary<string, (double, double)>();
        foreach (var member in Manifest(name)["members"]!.AsArray())
        {
            var run = JsonNode.Parse(File.ReadAllText(Path.Combine((string)member!["directory"]!, "run.json")))!;
            result[(string)member["label"]!] = (Metric(run, "probe"), Metric(run, "baseline"));
        }
        return result;
    }

    static double Metric(JsonNode run, string node)
    {
        string artifact = (string)run["nodes"]!.AsArray().First(n => (string?)n!["id"] == node)!["artifact"]!;
        return (double)JsonNode.Parse(File.ReadAllText(Path.Combine(artifact, "manifest.json")))!["metrics"]!["test_r2"]!;
    }

    public static (int Exit, string Out) Tool(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Trim());
    }

    /// <summary>Why Slurm cannot be used here, or null when a node answers idle/mixed/allocated.</summary>
    public static string? SlurmUnavailable()
    {
        try
        {
            var (exit, output) = Tool("sinfo", "-h", "-o", "%T");
            return exit == 0 && output.Split('\n').Any(s => s.Trim() is "idle" or "mixed" or "allocated")
                ? null : $"no Slurm node is up (sinfo: '{output}'); .ci/e2e starts one with scripts/slurm/start-test-cluster.sh";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "Slurm is not installed (no sinfo on PATH); .ci/e2e installs and starts it with scripts/slurm/start-test-cluster.sh (needs root)";
        }
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("SOCIO_KEEP_E2E") is null)
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

using System.ComponentModel;
using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;
using Microsoft.Extensions.Options;
using SocioRunner.Cli.Settings;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands.Cache;

[Description("Remove cached artifacts that no recent run uses (runs are read from the reports folder's run.json files); never what a running run or sweep uses.")]
public sealed class CacheGcCommand(IOptions<SocioSettings> options, TimeProvider clock) : Command<CacheGcCommand.Settings>
{
    public sealed class Settings : CacheSettings
    {
        [CommandOption("--reports <DIR>"), SettingFlag("output")]
        [Description("Reports root whose run.json files say which artifacts are in use (setting 'output'; default reports)")]
        public string? Reports { get; init; }

        [CommandOption("--keep-runs <N>")]
        [Description("Keep the artifacts of the N most recent runs of each experiment (default 5)")]
        public int KeepRuns { get; init; } = 5;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var store = new ArtifactStore(options.Value.Cache);
        var collector = new CacheCollector(store, LockTiming.FromEnvironment(Environment.GetEnvironmentVariable), clock);
        var keep = ReferencedKeys(options.Value.Output, settings.KeepRuns);
        var candidates = collector.Candidates(keep);
        int removed = 0;
        foreach (var (key, manifest) in candidates)
        {
            string what = $"{key[..12]} {manifest?.Kind ?? "?"} (node {manifest?.NodeId ?? "?"})";
            if (settings.DryRun) Console.WriteLine($"would remove {what}");
            else if (collector.Remove(key)) { Console.WriteLine($"removing {what}"); removed++; }
            else Console.WriteLine($"kept {what}: a running run claimed it");
        }
        // A never-cached node's "last output of this plan" record is only a hint; drop those naming removed artifacts.
        if (!settings.DryRun) store.ForgetCollectedLatest();
        Console.WriteLine(settings.DryRun
            ? $"{candidates.Count} unreferenced artifacts would be removed; {keep.Count} referenced by recent runs and those of running runs kept"
            : $"{removed} unreferenced artifacts removed; {keep.Count} referenced by recent runs and those of running runs kept");
        return 0;
    }

    static HashSet<string> ReferencedKeys(string reportsRoot, int keepRuns)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(reportsRoot)) return keys;
        foreach (string experiment in Directory.EnumerateDirectories(reportsRoot))
        {
            var runs = Directory.EnumerateFiles(experiment, "run.json", SearchOption.AllDirectories)
                .Select(path => { try { return JsonNode.Parse(File.ReadAllText(path)); } catch (Exception) { return null; } })
                .OfType<JsonNode>()
                .OrderByDescending(run => (string?)run["started_at"], StringComparer.Ordinal)
                .Take(keepRuns);
            foreach (var run in runs)
                foreach (var node in run["nodes"]?.AsArray() ?? [])
                    if ((string?)node?["key"] is { Length: > 0 } key) keys.Add(key);
        }
        return keys;
    }
}

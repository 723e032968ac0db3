using System.ComponentModel;
using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;
using Microsoft.Extensions.Options;
using SocioRunner.Cli.Settings;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands.Cache;

[Description("Remove cached artifacts that no recent run uses (runs are read from the reports folder's run.json files).")]
public sealed class CacheGcCommand(IOptions<SocioSettings> options) : Command<CacheGcCommand.Settings>
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
        using var cacheLock = CacheLock.Acquire(options.Value.Cache, TimeSpan.Zero);
        var store = new ArtifactStore(options.Value.Cache);
        var keep = ReferencedKeys(options.Value.Output, settings.KeepRuns);
        var doomed = store.Keys.Where(k => !keep.Contains(k)).ToList();
        foreach (string key in doomed)
        {
            var manifest = store.ReadManifest(key);
            Console.WriteLine($"{(settings.DryRun ? "would remove" : "removing")} {key[..12]} {manifest?.Kind ?? "?"} (node {manifest?.NodeId ?? "?"})");
            if (!settings.DryRun) store.Delete(key);
        }
        Console.WriteLine($"{doomed.Count} unreferenced artifacts {(settings.DryRun ? "would be removed" : "removed")}; {keep.Count} referenced by recent runs kept");
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

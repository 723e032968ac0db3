using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Execution;

namespace SocioRunner.Reports.Rendering;

/// <summary>
/// Reads a finished run folder back: <c>run.json</c> (experiment, nodes with kind, key, status and duration) and the
/// node folders <c>&lt;run-dir&gt;/&lt;node-id&gt;/</c>, each turned into an <see cref="ArtifactHandle"/> with the
/// artifact's own manifest (published beside its files), so its type and kind are read, never inferred from file names.
/// The result is what the run's report node saw, so a re-rendered report equals the live one: report nodes are left
/// out of the node table (a report node renders before it is recorded) and of the sources (a report does not report
/// on reports), and when the run had a report node, only the nodes in its <c>sources</c> are sources.
/// </summary>
public static class RunFolderReader
{
    public const string ManifestFile = "run.json";

    public static (RunInfo Run, IReadOnlyList<ArtifactHandle> Sources) Read(string runDir)
    {
        string root = Path.GetFullPath(runDir);
        if (!Directory.Exists(root)) throw ReportErrors.RunFolderNotFound(root);
        string manifestPath = Path.Combine(root, ManifestFile);
        if (!File.Exists(manifestPath))
            throw ReportErrors.NotARunFolder(root, ManifestFile);
        JsonObject json;
        try { json = JsonNode.Parse(File.ReadAllText(manifestPath)) as JsonObject ?? throw ReportErrors.NotAJsonObject(manifestPath); }
        catch (JsonException e) { throw ReportErrors.InvalidJson(manifestPath, e); }

        var run = new RunInfo
        {
            ExperimentName = Text(json["experiment"]),
            ExperimentFile = Text(json["file"]),
            RunDirectory = root,
            StartedAt = DateTimeOffset.TryParse(Text(json["started_at"]), CultureInfo.InvariantCulture, DateTimeStyles.None, out var started) ? started : default,
            Seed = json["seed"] is JsonValue seed && seed.TryGetValue(out int s) ? s : 0,
        };
        var sources = new List<ArtifactHandle>();
        var reported = ReportedSources(json);
        foreach (var node in (json["nodes"] as JsonArray ?? []).OfType<JsonObject>())
        {
            string id = Text(node["id"]), kind = Text(node["kind"]), key = Text(node["key"]);
            if (kind == Report.ReportNode.KindName) continue;
            var outcome = Enum.TryParse<NodeOutcome>(Text(node["status"]), ignoreCase: true, out var o) ? o : NodeOutcome.Ran;
            double duration = node["duration_seconds"] is JsonValue d && d.TryGetValue(out double seconds) ? seconds : 0;
            string directory = Path.Combine(root, id);
            bool published = id.Length > 0 && Directory.Exists(directory);
            var manifest = published ? ArtifactManifestOf(manifestPath, json, node, id, kind, key, duration, run.StartedAt, directory) : null;
            run.Nodes.Add(new NodeRunRecord(id, kind, key, outcome, duration, directory, manifest));
            if (manifest is null || reported is not null && !reported.Contains(id)) continue;
            sources.Add(new ArtifactHandle(id, manifest, directory));
        }
        // The report node received its sources in the order its experiment listed them.
        if (reported is not null) sources = [.. sources.OrderBy(s => reported.IndexOf(s.NodeId))];
        return (run, sources);
    }

    /// <summary>
    /// The artifact's own manifest, published beside its files (type, kind, inputs, preprocessing); run folders written
    /// before manifests were published fall back to run.json's <c>artifact_type</c>. Neither: refused, never guessed.
    /// </summary>
    static ArtifactManifest ArtifactManifestOf(string runJson, JsonObject json, JsonObject node, string id, string kind, string key,
        double duration, DateTimeOffset started, string directory)
    {
        string published = Path.Combine(directory, RunFolder.ManifestFile);
        if (File.Exists(published))
        {
            try
            {
                return JsonSerializer.Deserialize<ArtifactManifest>(File.ReadAllText(published), ArtifactStore.Json)
                    ?? throw ReportErrors.EmptyManifest(published);
            }
            catch (JsonException e)
            {
                throw ReportErrors.InvalidManifest(published, e);
            }
        }

        string type = Text(node["artifact_type"]);
        if (type.Length == 0)
            throw ReportErrors.UntypedNode(runJson, id);
        return new ArtifactManifest
        {
            Key = key, Kind = kind, KindVersion = 0, ArtifactType = type, NodeId = id,
            Options = json["resolved_config"]?["nodes"]?[id]?["options"]?.DeepClone() ?? new JsonObject(),
            Inputs = new Dictionary<string, IReadOnlyList<string>>(),
            Seed = node["seed"] is JsonValue ns && ns.TryGetValue(out int nodeSeed) ? nodeSeed : 0,
            Device = Text(json["device"]), CreatedAt = started, DurationSeconds = duration,
            Preprocessing = node["preprocessing"]?.DeepClone() as JsonObject,
        };
    }

    /// <summary>The title option of the run's report node, if it had one with a title.</summary>
    public static string? ReportTitle(string runDir)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Path.GetFullPath(runDir), ManifestFile)));
        return ReportNodeConfig(json)?["options"]?["title"] is JsonValue title && title.TryGetValue(out string? text) ? text : null;
    }

    /// <summary>The source node ids of the run's (first) report node, in its order; null when the run had none.</summary>
    static List<string>? ReportedSources(JsonNode json) =>
        ReportNodeConfig(json)?["inputs"]?[Report.ReportNode.SourcesSlot] is JsonArray ids ? ids.Select(Text).ToList() : null;

    static JsonNode? ReportNodeConfig(JsonNode? json) =>
        (json?["resolved_config"]?["nodes"] as JsonObject)?.Select(n => n.Value).FirstOrDefault(n => Text(n?["kind"]) == Report.ReportNode.KindName);

    static string Text(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) ? s ?? "" : node?.ToString() ?? "";
}

using System.Text.Json;
using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Sweeps.Launch;

namespace SocioRunner.Reports.Sweeps;

/// <summary>What one member's run folder holds: its state, each node's kind and metrics, and the artifact manifests they came from.</summary>
internal sealed record SweepMemberData(string Name, string Label, string Variant, string Seed, MemberState State, string Directory,
    IReadOnlyDictionary<string, (string Kind, IReadOnlyDictionary<string, double> Metrics)> Nodes)
{
    /// <summary>Each finished node's artifact manifest (its recorded inputs give the lineage of models), by node id.</summary>
    public IReadOnlyDictionary<string, ArtifactManifest> Manifests { get; init; } = new Dictionary<string, ArtifactManifest>();

    /// <summary>Reads a member's run folder; its state comes from <see cref="SweepMemberStates"/>, as <c>sweep status</c> shows it.</summary>
    public static SweepMemberData Read(JsonNode member, MemberState state)
    {
        string directory = (string)member["directory"]!;
        var nodes = new Dictionary<string, (string, IReadOnlyDictionary<string, double>)>();
        var manifests = new Dictionary<string, ArtifactManifest>();
        string runJson = Path.Combine(directory, "run.json");
        if (File.Exists(runJson))
        {
            var run = JsonNode.Parse(File.ReadAllText(runJson))!;
            foreach (var node in run["nodes"]?.AsArray() ?? [])
            {
                if ((string?)node?["status"] is not ("ran" or "cached")) continue;
                // The manifest published in the member's run folder (still there when the sweep folder was moved), else the cache's.
                string manifest = Path.Combine(directory, (string)node!["id"]!, "manifest.json");
                if (!File.Exists(manifest)) manifest = Path.Combine((string)node["artifact"]!, "manifest.json");
                var metrics = new Dictionary<string, double>();
                if (File.Exists(manifest))
                {
                    string text = File.ReadAllText(manifest);
                    foreach (var (name, value) in JsonNode.Parse(text)?["metrics"]?.AsObject() ?? [])
                        if (value is JsonValue v && v.TryGetValue(out double number)) metrics[name] = number;
                    try { if (JsonSerializer.Deserialize<ArtifactManifest>(text, ArtifactStore.Json) is { } parsed) manifests[(string)node["id"]!] = parsed; }
                    catch (JsonException) { /* an unreadable manifest only loses the lineage; the metrics above were read */ }
                }
                nodes[(string)node["id"]!] = ((string)node["kind"]!, metrics);
            }
        }
        return new SweepMemberData((string)member["name"]!, (string)member["label"]!, (string)member["variant"]!, (string)member["seed"]!, state, directory, nodes)
        {
            Manifests = manifests,
        };
    }

    public double? Metric(string node, string metric) =>
        Nodes.TryGetValue(node, out var n) && n.Metrics.TryGetValue(metric, out double value) ? value : null;

    public string? ReportLink(string sweepDirectory)
    {
        foreach (var (id, node) in Nodes.Where(n => n.Value.Kind == "report"))
        {
            string page = Path.Combine(Directory, id, "index.html");
            if (File.Exists(page)) return Path.GetRelativePath(sweepDirectory, page).Replace('\\', '/');
        }
        return null;
    }
}

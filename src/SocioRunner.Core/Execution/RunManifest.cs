using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using SocioRunner.Core.Graph;
using SocioRunner.Core.Options;

namespace SocioRunner.Core.Execution;

/// <summary>
/// run.json: the resolved config, overrides, node keys, cache hit/miss and durations of one run, plus what a
/// reproduction needs: the git commit, package versions, the machine (OS, architecture, cores, device) and every seed.
/// </summary>
public static class RunManifest
{
    public static JsonObject Build(RunInfo run, ExperimentPlan plan, IReadOnlyDictionary<string, string> keys, RunSettings settings, string device)
    {
        var experiment = plan.Experiment;
        return new JsonObject
        {
            ["experiment"] = experiment.Name,
            ["file"] = Path.GetFullPath(experiment.File),
            ["started_at"] = run.StartedAt.ToString("O"),
            ["seed"] = experiment.Seed,
            ["device"] = device,
            ["cache"] = Path.GetFullPath(settings.CacheDirectory),
            ["overrides"] = new JsonArray(experiment.Overrides.Select(o => (JsonNode?)o).ToArray()),
            ["forced"] = new JsonArray(settings.Force.Order().Select(o => (JsonNode?)o).ToArray()),
            ["git_commit"] = settings.SourceRevision,
            ["settings"] = settings.Settings.DeepClone(),
            ["environment"] = new JsonObject(settings.ToolVersions.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
            ["machine"] = Machine(device),
            ["seeds"] = new JsonObject(plan.Nodes.Select(n => KeyValuePair.Create(n.Id, (JsonNode?)n.Seed))),
            ["resolved_config"] = ResolvedConfig(plan),
            ["nodes"] = new JsonArray(run.Nodes.Select(n => (JsonNode?)WithPreprocessing(new JsonObject
            {
                ["id"] = n.NodeId,
                ["kind"] = n.Kind,
                // The artifact's type as its manifest records it (its kind's declaration), so a re-render never guesses it from file names.
                ["artifact_type"] = n.Manifest?.ArtifactType ?? plan.Nodes.First(p => p.Id == n.NodeId).Kind.OutputType,
                ["key"] = keys.GetValueOrDefault(n.NodeId, n.Key),
                ["seed"] = plan.Nodes.First(p => p.Id == n.NodeId).Seed,
                ["status"] = n.Outcome.ToString().ToLowerInvariant(),
                ["duration_seconds"] = Math.Round(n.DurationSeconds, 3),
                ["artifact"] = n.ArtifactDirectory,
            }, n)).ToArray()),
        };
    }

    /// <summary>A model's or encoder's input preprocessing, as its manifest records it (other artifacts have none).</summary>
    static JsonObject WithPreprocessing(JsonObject node, NodeRunRecord record)
    {
        if (record.Manifest?.Preprocessing is { } preprocessing) node["preprocessing"] = preprocessing.DeepClone();
        return node;
    }

    static JsonObject Machine(string device) => new()
    {
        ["os"] = RuntimeInformation.OSDescription,
        ["architecture"] = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant(),
        ["cores"] = Environment.ProcessorCount,
        ["device"] = device,
    };

    /// <summary>The experiment as it ran: every node's kind, inputs and options with defaults filled in.</summary>
    public static JsonObject ResolvedConfig(ExperimentPlan plan) => new()
    {
        ["name"] = plan.Experiment.Name,
        ["seed"] = plan.Experiment.Seed,
        ["device"] = plan.Experiment.Device.ToString().ToLowerInvariant(),
        ["output"] = plan.Experiment.Output,
        ["cache"] = plan.Experiment.Cache,
        ["nodes"] = new JsonObject(plan.Nodes.Select(n => KeyValuePair.Create(n.Id, (JsonNode?)new JsonObject
        {
            ["kind"] = n.Kind.Name,
            ["inputs"] = new JsonObject(n.Inputs.Select(i => KeyValuePair.Create(i.Key, (JsonNode?)new JsonArray(i.Value.Select(v => (JsonNode?)v).ToArray())))),
            ["options"] = OptionsJson.ToNode(n.Options),
        }))),
    };
}

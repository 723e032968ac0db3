using System.Text.Json.Nodes;

namespace SocioRunner.Core.Sweeps.Launch;

/// <summary>sweep.json: what the sweep is (members, values, node keys, which keys members share) and how it was launched.</summary>
public static class SweepManifest
{
    public static JsonObject Build(SweepPlan plan, SweepFolder folder, string launcher, string cache, DateTimeOffset now, JsonObject? previous)
    {
        var shared = plan.SharedKeys;
        var jobs = previous?["jobs"]?.DeepClone() as JsonObject ?? [];
        var needs = previous?["needs"]?.DeepClone() as JsonObject ?? [];
        return new JsonObject
        {
            ["identity"] = plan.Identity,
            ["experiment"] = plan.Base.Name,
            ["file"] = Path.GetFullPath(plan.Base.File),
            ["cache"] = Path.GetFullPath(cache),
            ["created_at"] = (string?)previous?["created_at"] ?? now.ToString("O"),
            ["updated_at"] = now.ToString("O"),
            ["launcher"] = launcher,
            ["device"] = plan.Device,
            ["fixed_overrides"] = Array(plan.FixedSets),
            ["axes"] = Array(plan.Definition.Grid.Select(a => a.Path)),
            ["members"] = new JsonArray(plan.Members.Select(m => (JsonNode?)new JsonObject
            {
                ["name"] = m.Member.Name,
                ["label"] = m.Member.Label,
                ["variant"] = m.Member.VariantKey,
                ["seed"] = m.Member.Seed ?? plan.Base.Seed.ToString(),
                ["set"] = Array(m.Member.SetArguments),
                ["directory"] = folder.MemberDirectory(m.Member.Name),
                ["nodes"] = new JsonObject(m.Plan.Nodes.Select(n => KeyValuePair.Create(n.Id, (JsonNode?)new JsonObject
                {
                    ["kind"] = n.Kind.Name,
                    ["key"] = m.Keys[n.Id],
                    ["shared_with"] = Array(shared.TryGetValue(m.Keys[n.Id], out var users) ? users.Where(u => u != m).Select(u => u.Member.Name) : []),
                }))),
            }).ToArray()),
            ["nodes_total"] = plan.TotalNodes,
            ["nodes_distinct"] = plan.DistinctNodes,
            ["jobs"] = jobs,
            ["needs"] = needs, // member -> the shared jobs (shared-m00) its Slurm job depends on
        };
    }

    static JsonArray Array(IEnumerable<string> items) => new(items.Select(i => (JsonNode?)i).ToArray());
}

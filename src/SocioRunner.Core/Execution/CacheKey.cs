using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SocioRunner.Core.Graph;
using SocioRunner.Core.Options;

namespace SocioRunner.Core.Execution;

/// <summary>
/// The content address of a node's artifact: sha256 over kind name, kind version, resolved options (canonical
/// JSON with defaults filled), input artifact keys by slot, node seed, resolved device, and the external
/// fingerprint (e.g. a dataset folder's file listing). Anything not in here cannot change the result.
/// </summary>
public static class CacheKey
{
    /// <summary>Keys of every node of a plan, computed upstream first (a node's key includes its inputs' keys).</summary>
    public static Dictionary<string, string> ComputeAll(ExperimentPlan plan, string device)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in plan.Nodes) keys[node.Id] = Compute(node, keys, device);
        return keys;
    }

    public static string Compute(PlannedNode node, IReadOnlyDictionary<string, string> inputKeys, string device)
    {
        var recipe = new JsonObject
        {
            ["kind"] = node.Kind.Name,
            ["kind_version"] = node.Kind.Version,
            ["options"] = OptionsJson.ToNode(node.Options),
            ["inputs"] = new JsonObject(node.Inputs.OrderBy(s => s.Key, StringComparer.Ordinal).Select(slot =>
                KeyValuePair.Create<string, JsonNode?>(slot.Key, new JsonArray(slot.Value.Select(id => (JsonNode?)inputKeys[id]).ToArray())))),
            ["seed"] = node.Seed,
            ["device"] = device,
            ["external"] = node.Kind.ExternalFingerprint(node.Options),
        };
        string canonical = recipe.ToJsonString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

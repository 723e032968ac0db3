using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SocioRunner.Core.Options;

/// <summary>
/// The canonical JSON form of bound options (snake_case keys, kebab-case enums, declaration order).
/// Used for cache keys, manifests, run.json and the resolved-config snapshots, so all four agree.
/// </summary>
public static class OptionsJson
{
    public static readonly JsonSerializerOptions Settings = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static JsonNode ToNode(object options) =>
        JsonSerializer.SerializeToNode(options, options.GetType(), Settings) ?? new JsonObject();
}

using System.Text.Json.Nodes;

namespace SocioRunner.Cli.Tests.Commands;

/// <summary>
/// The generated JSON Schema read back as one line per kind, input slot and option (nested options such as
/// <c>transforms.size</c> flattened), e.g. <c>train/rnc temperature: number [0.0001..10000] = 2</c>: a compact,
/// reviewable form for a snapshot, and the option constraints for checking each default against its own rules.
/// </summary>
public static class SchemaListing
{
    public sealed record Option(string Kind, string Path, JsonObject Rules);

    public static JsonArray Variants(JsonNode schema) => schema["properties"]!["nodes"]!["additionalProperties"]!["allOf"]!.AsArray();

    public static IReadOnlyList<string> Kinds(JsonNode schema) =>
        schema["properties"]!["nodes"]!["additionalProperties"]!["properties"]!["kind"]!["enum"]!.AsArray().Select(k => (string)k!).ToList();

    public static string KindOf(JsonNode variant) => (string)variant["if"]!["properties"]!["kind"]!["const"]!;

    /// <summary>Every option of every kind, nested objects flattened (their own default, if any, is listed on the parent).</summary>
    public static IEnumerable<Option> Options(JsonNode schema)
    {
        foreach (var variant in Variants(schema))
        {
            string kind = KindOf(variant!);
            foreach (var (name, rules) in variant!["then"]!["properties"]!.AsObject())
                if (name is not ("kind" or "inputs"))
                    foreach (var option in Flatten(kind, name, rules!.AsObject())) yield return option;
        }
    }

    /// <summary>
    /// The typed rules of a value that may also be an interpolation string (<c>anyOf: [typed, interpolation]</c>), with
    /// the outer description and default; array items unwrapped the same way. Other rules unchanged.
    /// </summary>
    public static JsonObject Typed(JsonObject rules)
    {
        JsonObject typed = rules;
        if (rules["anyOf"] is JsonArray { Count: 2 } choices && (string?)choices[1]?["$ref"] == "#/definitions/interpolation")
        {
            typed = choices[0]!.DeepClone().AsObject();
            foreach (string key in new[] { "description", "default" })
                if (rules[key] is JsonNode value) typed[key] = value.DeepClone();
        }
        if (typed["items"] is JsonObject items && items["anyOf"] is not null)
        {
            typed = typed == rules ? rules.DeepClone().AsObject() : typed;
            typed["items"] = Typed(items);
        }
        return typed;
    }

    static IEnumerable<Option> Flatten(string kind, string path, JsonObject rules)
    {
        rules = Typed(rules);
        yield return new Option(kind, path, rules);
        if (rules["properties"] is JsonObject children && (string?)rules["type"] == "object")
            foreach (var (name, child) in children)
                foreach (var option in Flatten(kind, $"{path}.{name}", child!.AsObject())) yield return option;
    }

    public static string Render(JsonNode schema)
    {
        var lines = new List<string>();
        foreach (var variant in Variants(schema))
        {
            string kind = KindOf(variant!);
            lines.Add($"{kind}: {(string?)variant!["then"]!["properties"]!["kind"]!["description"]}");
            if (variant["then"]!["properties"]!["inputs"]?["properties"] is JsonObject slots)
                foreach (var (slot, rules) in slots) lines.Add($"  input {slot}: {(string?)rules!["description"]}");
        }
        foreach (var option in Options(schema)) lines.Add($"{option.Kind} {option.Path}: {Describe(option.Rules)}");
        return string.Join('\n', lines) + '\n';
    }

    static string Describe(JsonObject rules)
    {
        string type = rules["enum"] is JsonArray values ? "one of " + values.ToJsonString() : rules["type"]?.ToJsonString().Trim('"') ?? "any";
        if (type == "array" && rules["items"]?["type"] is JsonNode item) type = $"array of {item.ToJsonString().Trim('"')}";
        string range = rules["minimum"] is null && rules["maximum"] is null ? "" : $" [{rules["minimum"]?.ToJsonString()}..{rules["maximum"]?.ToJsonString()}]";
        string fallback = rules["default"] is JsonNode value ? " = " + value.ToJsonString() : " (no default)";
        return type + range + fallback;
    }

    /// <summary>Why a default breaks its own option's rules (type, range, allowed values), or null when it fits.</summary>
    public static string? DefaultProblem(Option option)
    {
        if (option.Rules["default"] is not JsonNode value) return null;
        if (option.Rules["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
            return $"default {value.ToJsonString()} is not one of {allowed.ToJsonString()}";
        var types = option.Rules["type"] switch
        {
            JsonArray many => many.Select(t => (string)t!).ToArray(),
            JsonValue one => [(string)one!],
            _ => [],
        };
        if (types.Length > 0 && !types.Any(t => Fits(t, value)))
            return $"default {value.ToJsonString()} is not of type {string.Join(" or ", types)}";
        if (value.GetValueKind() == System.Text.Json.JsonValueKind.Number)
        {
            double number = value.GetValue<double>();
            if (option.Rules["minimum"] is JsonNode min && number < min.GetValue<double>()) return $"default {number} is below the minimum {min}";
            if (option.Rules["maximum"] is JsonNode max && number > max.GetValue<double>()) return $"default {number} is above the maximum {max}";
        }
        return null;
    }

    static bool Fits(string type, JsonNode value) => (type, value.GetValueKind()) switch
    {
        ("integer", System.Text.Json.JsonValueKind.Number) => value.GetValue<double>() == Math.Floor(value.GetValue<double>()),
        ("number", System.Text.Json.JsonValueKind.Number) => true,
        ("string", System.Text.Json.JsonValueKind.String) => true,
        ("boolean", System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False) => true,
        ("array", System.Text.Json.JsonValueKind.Array) => true,
        ("object", System.Text.Json.JsonValueKind.Object) => true,
        ("null", System.Text.Json.JsonValueKind.Null) => true,
        _ => false,
    };
}

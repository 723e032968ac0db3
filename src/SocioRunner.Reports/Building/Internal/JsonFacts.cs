using System.Globalization;
using System.Text.Json.Nodes;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Building.Internal;

/// <summary>Turns a summary JSON file into readable facts: nested keys joined with dots, short scalar lists joined with commas.</summary>
internal static class JsonFacts
{
    const int MaxListItems = 12;

    public static JsonNode Read(string path)
    {
        try { return JsonNode.Parse(File.ReadAllText(path)) ?? new JsonObject(); }
        catch (System.Text.Json.JsonException e) { throw new InvalidDataException($"{path}: not valid JSON ({e.Message})", e); }
    }

    public static IReadOnlyList<Fact> Flatten(JsonNode? node, params string[] skipKeys)
    {
        var facts = new List<Fact>();
        Visit(node, "", facts, skipKeys.ToHashSet(StringComparer.Ordinal));
        return facts;
    }

    static void Visit(JsonNode? node, string path, List<Fact> facts, HashSet<string> skip)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (path.Length == 0 && skip.Contains(key)) continue;
                    Visit(child, path.Length == 0 ? key : $"{path}.{key}", facts, skip);
                }
                break;
            case JsonArray array when array.All(item => item is JsonValue or null):
                var items = array.Take(MaxListItems).Select(Scalar).ToList();
                if (array.Count > MaxListItems) items.Add($"... ({array.Count} in all)");
                facts.Add(new Fact(path, string.Join(", ", items)));
                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++) Visit(array[i], $"{path}[{i}]", facts, skip);
                break;
            default:
                facts.Add(new Fact(path, Scalar(node)));
                break;
        }
    }

    public static string Scalar(JsonNode? node)
    {
        if (node is not JsonValue value) return node?.ToJsonString() ?? "null";
        if (value.TryGetValue(out double number)) return FormatNumber(number);
        if (value.TryGetValue(out string? text)) return text ?? "";
        return value.ToJsonString();
    }

    static string FormatNumber(double number) =>
        number == Math.Floor(number) && Math.Abs(number) < 1e15
            ? number.ToString("0", CultureInfo.InvariantCulture)
            : number.ToString("0.####", CultureInfo.InvariantCulture);
}

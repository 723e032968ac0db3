using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using SocioRunner.Core.Nodes;

namespace SocioRunner.Core.Options;

/// <summary>
/// A JSON Schema (draft-07) of experiment files, generated from the registered kinds' options records. Every value the
/// loader may interpolate (any scalar: <c>${env:VAR}</c>, <c>${nodes.id.key}</c>, and a whole <c>${nodes...}</c>
/// reference standing for a list or mapping) also accepts an interpolation string, so editors and validators accept
/// valid files such as <c>temperature: ${nodes.pretrain.temperature}</c>.
/// </summary>
public static class ExperimentSchema
{
    /// <summary>A string holding at least one <c>${...}</c> reference.</summary>
    public static readonly string InterpolationPattern = @"\$\{[^}]*\}";

    static JsonObject InterpolationRef() => new() { ["$ref"] = "#/definitions/interpolation" };

    /// <summary><paramref name="typed"/>, or an interpolation string; description and default stay on the outer schema.</summary>
    static JsonObject Interpolatable(JsonObject typed)
    {
        if (typed["type"]?.GetValue<string>() == "string") return typed;
        var outer = new JsonObject();
        foreach (string key in new[] { "description", "default" })
            if (typed[key] is { } value) { typed.Remove(key); outer[key] = value; }
        outer["anyOf"] = new JsonArray(typed, InterpolationRef());
        return outer;
    }

    public static JsonObject Generate(IEnumerable<INodeKind> kinds)
    {
        var variants = new JsonArray();
        foreach (var kind in kinds)
        {
            var properties = new JsonObject
            {
                ["kind"] = new JsonObject { ["const"] = kind.Name, ["description"] = kind.Description },
                ["inputs"] = new JsonObject
                {
                    ["type"] = "object",
                    ["additionalProperties"] = false,
                    ["properties"] = new JsonObject(kind.Inputs.Select(slot => KeyValuePair.Create(slot.Name, (JsonNode?)new JsonObject
                    {
                        ["description"] = $"{slot.Description} (node producing {string.Join(" or ", slot.AcceptedTypes)})".Trim(),
                        ["type"] = slot.Many ? new JsonArray("array", "string") : "string",
                    }))),
                },
            };
            foreach (var (name, schema) in ObjectProperties(kind.OptionsType)) properties[name] = Interpolatable((JsonObject)schema);
            variants.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind.Name } } },
                ["then"] = new JsonObject { ["properties"] = properties, ["additionalProperties"] = false },
            });
        }
        return new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = "SocioRunner experiment",
            ["definitions"] = new JsonObject
            {
                ["interpolation"] = new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = InterpolationPattern,
                    ["description"] = "an interpolation: ${env:VAR}, ${env:VAR,default} or ${nodes.<id>.<key>}",
                },
            },
            ["type"] = "object",
            ["required"] = new JsonArray("name", "nodes"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["name"] = new JsonObject { ["type"] = "string" },
                ["seed"] = Interpolatable(new JsonObject { ["type"] = "integer" }),
                ["device"] = Interpolatable(new JsonObject { ["enum"] = new JsonArray("auto", "cpu", "cuda") }),
                ["output"] = new JsonObject { ["type"] = "string", ["description"] = "reports root folder" },
                ["cache"] = new JsonObject { ["type"] = "string", ["description"] = "artifact cache folder" },
                ["sweep"] = SweepSchema.Generate(),
                ["nodes"] = new JsonObject
                {
                    ["type"] = "object",
                    ["additionalProperties"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("kind"),
                        ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["enum"] = new JsonArray(kinds.Select(k => (JsonNode?)k.Name).ToArray()) } },
                        ["allOf"] = variants,
                    },
                },
            },
        };
    }

    static IEnumerable<(string, JsonNode)> ObjectProperties(Type type)
    {
        object defaults = Activator.CreateInstance(type)!;
        foreach (var property in OptionNames.BindableProperties(type))
        {
            var schema = TypeSchema(property.PropertyType);
            if (property.GetCustomAttribute<DescriptionAttribute>() is { } description) schema["description"] = description.Description;
            if (property.GetCustomAttribute<RangeAttribute>() is { } range)
            {
                schema["minimum"] = JsonValue.Create(Convert.ToDouble(range.Minimum));
                schema["maximum"] = JsonValue.Create(Convert.ToDouble(range.Maximum));
            }
            var value = property.GetValue(defaults);
            if (value is not null) schema["default"] = OptionsJson.ToNode(value);
            yield return (OptionNames.ToSnakeCase(property.Name), schema);
        }
    }

    static JsonObject TypeSchema(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return new JsonObject { ["type"] = "string" };
        if (type == typeof(bool)) return new JsonObject { ["type"] = "boolean" };
        if (type == typeof(int) || type == typeof(long)) return new JsonObject { ["type"] = "integer" };
        if (type == typeof(double) || type == typeof(float)) return new JsonObject { ["type"] = "number" };
        if (type.IsEnum) return new JsonObject { ["enum"] = new JsonArray(Enum.GetValues(type).Cast<object>().Select(v => (JsonNode?)OptionNames.EnumValue(v)).ToArray()) };
        if (OptionsBinder.ElementType(type) is { } element) return new JsonObject { ["type"] = "array", ["items"] = Interpolatable(TypeSchema(element)) };
        if (OptionsBinder.DictionaryValueType(type) is { } valueType) return new JsonObject { ["type"] = "object", ["additionalProperties"] = Interpolatable(TypeSchema(valueType)) };
        return new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject(ObjectProperties(type).Select(p => KeyValuePair.Create(p.Item1, (JsonNode?)Interpolatable((JsonObject)p.Item2)))),
        };
    }
}

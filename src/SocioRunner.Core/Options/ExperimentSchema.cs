using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using SocioRunner.Core.Nodes;

namespace SocioRunner.Core.Options;

/// <summary>A JSON Schema (draft-07) of experiment files, generated from the registered kinds' options records.</summary>
public static class ExperimentSchema
{
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
            foreach (var (name, schema) in ObjectProperties(kind.OptionsType)) properties[name] = schema;
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
            ["type"] = "object",
            ["required"] = new JsonArray("name", "nodes"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["name"] = new JsonObject { ["type"] = "string" },
                ["seed"] = new JsonObject { ["type"] = "integer" },
                ["device"] = new JsonObject { ["enum"] = new JsonArray("auto", "cpu", "cuda") },
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
        if (OptionsBinder.ElementType(type) is { } element) return new JsonObject { ["type"] = "array", ["items"] = TypeSchema(element) };
        if (OptionsBinder.DictionaryValueType(type) is { } valueType) return new JsonObject { ["type"] = "object", ["additionalProperties"] = TypeSchema(valueType) };
        return new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject(ObjectProperties(type).Select(p => KeyValuePair.Create(p.Item1, (JsonNode?)p.Item2))),
        };
    }
}

using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Yaml;

namespace SocioRunner.Core.Options;

/// <summary>
/// Binds a YAML mapping to a typed options record (defaults from the record's initializers), then runs the
/// record's validation attributes. Every problem is reported with the YAML position and the dotted path.
/// </summary>
public static class OptionsBinder
{
    public static object Bind(Type type, YamlMapping mapping, string path, List<ConfigProblem> problems)
    {
        object target = Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"{type.Name} needs a public parameterless constructor");
        var properties = OptionNames.BindableProperties(type).ToDictionary(p => OptionNames.ToSnakeCase(p.Name));
        foreach (var entry in mapping.Entries)
        {
            string key = entry.Key.Value, keyPath = $"{path}.{key}";
            if (!properties.TryGetValue(key, out var property))
            {
                problems.Add(new ConfigProblem(entry.Key.Location, keyPath,
                    $"unknown option{Suggest.DidYouMean(key, properties.Keys)}; options: {string.Join(", ", properties.Keys)}"));
                continue;
            }
            if (TryConvert(property.PropertyType, entry.Value, keyPath, problems, out var value))
                property.SetValue(target, value);
        }
        ValidateAttributes(target, mapping, path, problems);
        return target;
    }

    static void ValidateAttributes(object target, YamlMapping mapping, string path, List<ConfigProblem> problems)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(target, new ValidationContext(target), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var member = result.MemberNames.FirstOrDefault();
            string key = member is null ? "" : OptionNames.ToSnakeCase(member);
            var location = (mapping.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value ?? mapping).Location;
            problems.Add(new ConfigProblem(location, key.Length > 0 ? $"{path}.{key}" : path, Reword(result.ErrorMessage ?? "invalid", member, key)));
        }
    }

    // DataAnnotations messages name the CLR property ("The field Epochs must be between..."); users know the YAML key.
    static string Reword(string message, string? member, string key)
    {
        if (member is null) return message;
        message = message.Replace($"The field {member} ", "", StringComparison.Ordinal)
                         .Replace($"The {member} field ", "", StringComparison.Ordinal)
                         .Replace(member, key, StringComparison.Ordinal);
        return message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.') : message;
    }

    public static bool TryConvert(Type type, YamlValue value, string path, List<ConfigProblem> problems, out object? result)
    {
        result = null;
        if (value is YamlScalar { Unresolved: true }) return false;
        var underlying = Nullable.GetUnderlyingType(type);
        if (value is YamlScalar { IsNull: true })
        {
            if (underlying is not null || !type.IsValueType) return true;
            return Fail(value, path, $"a value is required ({Describe(type)})", problems);
        }
        type = underlying ?? type;
        if (value is YamlScalar scalar) return TryScalar(type, scalar, path, problems, out result);
        if (value is YamlSequence sequence && ElementType(type) is { } element)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            bool ok = true;
            for (int i = 0; i < sequence.Items.Count; i++)
            {
                ok &= TryConvert(element, sequence.Items[i], $"{path}[{i}]", problems, out var item);
                list.Add(item);
            }
            if (type.IsArray) { var array = Array.CreateInstance(element, list.Count); list.CopyTo(array, 0); result = array; }
            else result = list;
            return ok;
        }
        if (value is YamlMapping mapping && DictionaryValueType(type) is { } valueType)
        {
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType))!;
            bool ok = true;
            foreach (var e in mapping.Entries)
            {
                ok &= TryConvert(valueType, e.Value, $"{path}.{e.Key.Value}", problems, out var item);
                dictionary[e.Key.Value] = item;
            }
            result = dictionary;
            return ok;
        }
        if (value is YamlMapping nested && IsRecord(type))
        {
            int before = problems.Count;
            result = Bind(type, nested, path, problems);
            return problems.Count == before;
        }
        return Fail(value, path, $"expected {Describe(type)}, got a {ExperimentLoader.Describe(value)}", problems);
    }

    static bool TryScalar(Type type, YamlScalar scalar, string path, List<ConfigProblem> problems, out object? result)
    {
        result = null;
        string text = scalar.Value;
        var invariant = CultureInfo.InvariantCulture;
        if (type == typeof(string)) { result = text; return true; }
        if (type == typeof(bool) && (text is "true" or "True" or "false" or "False")) { result = text.StartsWith('t') || text.StartsWith('T'); return true; }
        if (type == typeof(int) && int.TryParse(text, NumberStyles.Integer, invariant, out var i)) { result = i; return true; }
        if (type == typeof(long) && long.TryParse(text, NumberStyles.Integer, invariant, out var l)) { result = l; return true; }
        if (type == typeof(double) && double.TryParse(text, NumberStyles.Float, invariant, out var d) && double.IsFinite(d)) { result = d; return true; }
        if (type == typeof(float) && float.TryParse(text, NumberStyles.Float, invariant, out var f) && float.IsFinite(f)) { result = f; return true; }
        if (type.IsEnum)
        {
            var names = Enum.GetValues(type).Cast<object>().ToDictionary(OptionNames.EnumValue);
            string normalized = OptionNames.ToSnakeCase(text).Replace('_', '-');
            if (names.TryGetValue(text, out result) || names.TryGetValue(normalized, out result)) return true;
            return Fail(scalar, path, $"expected one of {string.Join(", ", names.Keys)}; got '{text}'{Suggest.DidYouMean(text, names.Keys)}", problems);
        }
        if (ElementType(type) is { } element && TryScalar(element, scalar, path, problems, out var single))
        {
            // A single value where a list is expected is a one-item list (layers: avgpool).
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(single);
            if (type.IsArray) { var array = Array.CreateInstance(element, 1); array.SetValue(single, 0); result = array; } else result = list;
            return true;
        }
        return Fail(scalar, path, $"expected {Describe(type)}, got '{text}'", problems);
    }

    static bool Fail(YamlValue value, string path, string message, List<ConfigProblem> problems)
    {
        problems.Add(new ConfigProblem(value.Location, path, message));
        return false;
    }

    static bool IsRecord(Type type) => type.IsClass && type != typeof(string) && type.GetConstructor(Type.EmptyTypes) is not null;

    internal static Type? ElementType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (!type.IsGenericType) return null;
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>)
            ? type.GetGenericArguments()[0] : null;
    }

    internal static Type? DictionaryValueType(Type type)
    {
        if (!type.IsGenericType) return null;
        var definition = type.GetGenericTypeDefinition();
        return (definition == typeof(Dictionary<,>) || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>)) && type.GetGenericArguments()[0] == typeof(string)
            ? type.GetGenericArguments()[1] : null;
    }

    public static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "a string";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(int) || type == typeof(long)) return "an integer";
        if (type == typeof(double) || type == typeof(float)) return "a number";
        if (type.IsEnum) return "one of " + string.Join(", ", Enum.GetValues(type).Cast<object>().Select(OptionNames.EnumValue));
        if (ElementType(type) is { } e) return $"a list of {Describe(e).Replace("a ", "").Replace("an ", "")}s";
        if (DictionaryValueType(type) is not null) return "a mapping";
        return "a mapping";
    }
}

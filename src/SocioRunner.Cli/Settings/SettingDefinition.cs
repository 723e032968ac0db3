using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using SocioRunner.Core.Options;

namespace SocioRunner.Cli.Settings;

/// <summary>
/// One setting, derived from a property of <see cref="SocioSettings"/>: its key, environment variable, flag and how its
/// text is parsed. The table of all settings is generated from the record, so adding a property adds a setting.
/// </summary>
public sealed class SettingDefinition
{
    SettingDefinition(PropertyInfo property)
    {
        Property = property;
        Key = property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? OptionNames.ToSnakeCase(property.Name);
        Description = property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "";
        IsFolder = property.GetCustomAttribute<FolderSettingAttribute>() is not null;
        RecordedInRun = property.GetCustomAttribute<RecordedInRunAttribute>() is not null;
    }

    public static IReadOnlyList<SettingDefinition> All { get; } =
        typeof(SocioSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.Name != "EqualityContract")
            .Select(p => new SettingDefinition(p)).ToList();

    public static IReadOnlyList<string> Keys { get; } = All.Select(d => d.Key).ToList();

    public PropertyInfo Property { get; }

    /// <summary>The key in settings files (<c>lock_timeout</c>).</summary>
    public string Key { get; }

    public string Description { get; }

    /// <summary>See <see cref="FolderSettingAttribute"/>.</summary>
    public bool IsFolder { get; }

    /// <summary>See <see cref="RecordedInRunAttribute"/>.</summary>
    public bool RecordedInRun { get; }

    public string EnvironmentVariable => "SOCIO_" + Key.ToUpperInvariant();

    public string Flag => "--" + Key.Replace('_', '-');

    /// <summary>The value as it is written in files and shown by <c>socio config</c>.</summary>
    public string Format(SocioSettings settings) => Format(Property.GetValue(settings));

    public static string Format(object? value) => value switch
    {
        null => "",
        Enum e => e.ToString().ToLowerInvariant(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Parses <paramref name="text"/>; on failure returns false and says what was expected.</summary>
    public bool TryParse(string text, out object? value, out string expected)
    {
        var type = Property.PropertyType;
        var invariant = CultureInfo.InvariantCulture;
        value = null;
        expected = "";
        if (type == typeof(string))
        {
            value = text;
            expected = "a non-empty string";
            return text.Trim().Length > 0;
        }
        if (type == typeof(int))
        {
            expected = "an integer";
            if (!int.TryParse(text, NumberStyles.Integer, invariant, out int i)) return false;
            value = i;
            return true;
        }
        if (type == typeof(long))
        {
            expected = "an integer";
            if (!long.TryParse(text, NumberStyles.Integer, invariant, out long l)) return false;
            value = l;
            return true;
        }
        if (type == typeof(double))
        {
            expected = "a number";
            if (!double.TryParse(text, NumberStyles.Float, invariant, out double d) || !double.IsFinite(d)) return false;
            value = d;
            return true;
        }
        if (type.IsEnum)
        {
            var names = Enum.GetValues(type).Cast<object>().Select(Format).ToList();
            expected = "one of " + string.Join(", ", names);
            if (!names.Contains(text.Trim().ToLowerInvariant(), StringComparer.Ordinal)) return false;
            value = Enum.Parse(type, text.Trim(), ignoreCase: true);
            return true;
        }
        throw new InvalidOperationException($"setting '{Key}' has an unsupported type {type.Name}");
    }
}

using System.Globalization;

namespace SocioRunner.Core.Yaml;

/// <summary>Writes a value back as YAML flow text, e.g. for a <c>--set PATH=VALUE</c> line a launcher passes on.</summary>
public static class YamlText
{
    public static string Format(YamlValue value) => value switch
    {
        YamlScalar s when s.IsQuoted || NeedsQuotes(s.Value) => Quote(s.Value),
        YamlScalar s => s.Value,
        YamlSequence q => "[" + string.Join(", ", q.Items.Select(Format)) + "]",
        YamlMapping m => "{" + string.Join(", ", m.Entries.Select(e => $"{Format(e.Key)}: {Format(e.Value)}")) + "}",
        _ => "",
    };

    static bool NeedsQuotes(string text) =>
        text.Length == 0 || text.IndexOfAny([',', '[', ']', '{', '}', ':', '#', '\'', '"', '&', '*', '!', '|', '>', '%', '@', '`']) >= 0
        || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]);

    static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A short form for labels and folder-safe names: the scalar itself, numbers in invariant culture.</summary>
    public static string Label(YamlValue value) =>
        value is YamlScalar s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? s.Value : Format(value);
}

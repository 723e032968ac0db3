namespace SocioRunner.Core.Yaml;

/// <summary>Where a value came from: a YAML file position or a command-line override.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation CommandLine(string setting) => new($"--set {setting}", 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}

/// <summary>
/// A small YAML document tree that keeps every node's position. We build our own (rather than
/// YamlDotNet's representation model) so that duplicate keys are reported with both positions.
/// </summary>
public abstract record YamlValue(SourceLocation Location);

public sealed record YamlScalar(SourceLocation Location, string Value, bool IsQuoted) : YamlValue(Location)
{
    /// <summary>Set when interpolation failed; the problem is already reported, so binding skips the value.</summary>
    public bool Unresolved { get; init; }

    public bool IsNull => !IsQuoted && Value is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlSequence(SourceLocation Location, IReadOnlyList<YamlValue> Items) : YamlValue(Location);

public sealed record YamlEntry(YamlScalar Key, YamlValue Value);

public sealed record YamlMapping(SourceLocation Location, IReadOnlyList<YamlEntry> Entries) : YamlValue(Location)
{
    public YamlValue? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;

    public IEnumerable<string> Keys => Entries.Select(e => e.Key.Value);

    public YamlMapping With(string key, YamlValue value)
    {
        var entries = Entries.ToList();
        int index = entries.FindIndex(e => e.Key.Value == key);
        var entry = new YamlEntry(new YamlScalar(value.Location, key, false), value);
        if (index >= 0) entries[index] = entry with { Key = entries[index].Key };
        else entries.Add(entry);
        return new YamlMapping(Location, entries);
    }
}

using SocioRunner.Core.Errors;
using SocioRunner.Core.Yaml;

namespace SocioRunner.Core.Experiments;

/// <summary>
/// Applies command-line overrides (<c>--set nodes.pretrain.epochs=5</c>) to the YAML tree before anything
/// is bound, so an override is validated exactly like a value written in the file.
/// </summary>
public static class OverrideApplier
{
    public static YamlMapping Apply(YamlMapping root, IReadOnlyList<string> overrides, List<ConfigProblem> problems) =>
        Apply(root, overrides.Select(setting => Parse(setting, problems)).OfType<Override>().ToList(), problems);

    /// <summary>One <c>--set PATH=VALUE</c> parsed, or null (problem reported).</summary>
    public static Override? Parse(string setting, List<ConfigProblem> problems)
    {
        var location = SourceLocation.CommandLine(setting);
        int eq = setting.IndexOf('=');
        if (eq <= 0)
        {
            problems.Add(new ConfigProblem(location, "", "expected PATH=VALUE, e.g. --set nodes.pretrain.epochs=5"));
            return null;
        }
        var value = ParseValue(setting[(eq + 1)..], location, problems);
        return value is null ? null : new Override(setting[..eq].Trim(), value, location);
    }

    /// <summary>Overrides already parsed (a sweep member's values keep the position of their line in <c>sweep:</c>).</summary>
    public static YamlMapping Apply(YamlMapping root, IReadOnlyList<Override> overrides, List<ConfigProblem> problems)
    {
        foreach (var (path, value, location) in overrides)
        {
            var segments = path.Split('.');
            if (segments.Any(string.IsNullOrEmpty))
            {
                problems.Add(new ConfigProblem(location, path, "empty segment in the path"));
                continue;
            }
            if (segments[0] == "nodes")
            {
                if (segments.Length < 3)
                {
                    problems.Add(new ConfigProblem(location, path, "name a node option: nodes.<node-id>.<option>"));
                    continue;
                }
                if (root["nodes"] is not YamlMapping nodes || nodes[segments[1]] is not YamlMapping)
                {
                    var ids = (root["nodes"] as YamlMapping)?.Keys ?? [];
                    problems.Add(new ConfigProblem(location, path, $"unknown node '{segments[1]}'{Suggest.DidYouMean(segments[1], ids)}"));
                    continue;
                }
            }
            else if (segments.Length != 1 || !new[] { "name", "seed", "device", "output", "cache" }.Contains(segments[0]))
            {
                problems.Add(new ConfigProblem(location, path, "unknown setting; use name, seed, device, output, cache or nodes.<node-id>.<option>"));
                continue;
            }
            root = SetPath(root, segments, 0, value, location, problems, path) ?? root;
        }
        return root;
    }

    static YamlValue? ParseValue(string text, SourceLocation location, List<ConfigProblem> problems)
    {
        var local = new List<ConfigProblem>();
        var value = YamlTreeReader.Read(text, location.File, local);
        if (local.Count > 0)
        {
            problems.Add(new ConfigProblem(location, "", "the value is not valid YAML"));
            return null;
        }
        return Relocate(value ?? new YamlScalar(location, "", false), location);
    }

    static YamlValue Relocate(YamlValue value, SourceLocation location) => value switch
    {
        YamlScalar s => s with { Location = location },
        YamlSequence q => new YamlSequence(location, q.Items.Select(i => Relocate(i, location)).ToList()),
        YamlMapping m => new YamlMapping(location, m.Entries.Select(e => new YamlEntry(e.Key with { Location = location }, Relocate(e.Value, location))).ToList()),
        _ => value,
    };

    static YamlMapping? SetPath(YamlMapping map, string[] segments, int index, YamlValue value, SourceLocation location, List<ConfigProblem> problems, string path)
    {
        string key = segments[index];
        if (index == segments.Length - 1) return map.With(key, value);
        var child = map[key] switch
        {
            YamlMapping m => m,
            null => new YamlMapping(location, []),
            _ => null,
        };
        if (child is null)
        {
            problems.Add(new ConfigProblem(location, path, $"'{string.Join('.', segments[..(index + 1)])}' is not a mapping"));
            return null;
        }
        var updated = SetPath(child, segments, index + 1, value, location, problems, path);
        return updated is null ? null : map.With(key, updated);
    }
}

/// <summary>One override: the dotted path, the value as a YAML tree, and where it was written.</summary>
public sealed record Override(string Path, YamlValue Value, SourceLocation Location);

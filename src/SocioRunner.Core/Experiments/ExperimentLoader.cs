using SocioRunner.Core.Errors;
using SocioRunner.Core.Inputs;
using SocioRunner.Core.Yaml;

namespace SocioRunner.Core.Experiments;

/// <summary>
/// Reads an experiment file: YAML -> overrides -> interpolation -> <see cref="Experiment"/>.
/// Every problem is collected; the caller decides whether to stop (see <see cref="LoadOrThrow"/>).
/// </summary>
public static class ExperimentLoader
{
    static readonly string[] TopLevelKeys = ["name", "seed", "device", "output", "cache", "nodes", "sweep"];
    static readonly string[] NodeReservedKeys = ["kind", "inputs"];

    public static Experiment LoadOrThrow(string path, IReadOnlyList<string> overrides, Func<string, string?> environment, Func<string, string>? readFile = null, InputLimits? limits = null)
    {
        var problems = new List<ConfigProblem>();
        var experiment = Load(path, overrides, environment, problems, readFile, limits);
        if (problems.Count > 0 || experiment is null) throw new InvalidInputException(problems);
        return experiment;
    }

    public static Experiment? Load(string path, IReadOnlyList<string> overrides, Func<string, string?> environment, List<ConfigProblem> problems, Func<string, string>? readFile = null, InputLimits? limits = null) =>
        Load(path, overrides, [], environment, problems, readFile, limits);

    /// <summary>
    /// Loads with command-line overrides, then <paramref name="member"/>'s values (a sweep member), so a member's
    /// wrong value is reported at its own position. <see cref="Experiment.SweepSection"/> keeps the raw <c>sweep:</c>.
    /// </summary>
    public static Experiment? Load(string path, IReadOnlyList<string> overrides, IReadOnlyList<Override> member, Func<string, string?> environment,
        List<ConfigProblem> problems, Func<string, string>? readFile = null, InputLimits? limits = null)
    {
        string text = ReadText(path, readFile ?? File.ReadAllText);
        var root = YamlTreeReader.Read(text, path, problems, limits ?? InputLimits.Default);
        if (problems.Count > 0) return null;
        if (root is null)
        {
            problems.Add(new ConfigProblem(new SourceLocation(path, 1, 1), "", "the experiment file is empty; it needs 'name' and 'nodes'"));
            return null;
        }
        if (root is not YamlMapping mapping)
        {
            problems.Add(new ConfigProblem(root.Location, "", $"the top level must be a mapping with 'name' and 'nodes', not a {Describe(root)}"));
            return null;
        }
        var sweep = mapping["sweep"];
        mapping = new YamlMapping(mapping.Location, mapping.Entries.Where(e => e.Key.Value != "sweep").ToList());
        mapping = OverrideApplier.Apply(mapping, overrides, problems);
        mapping = OverrideApplier.Apply(mapping, member, problems);
        mapping = (YamlMapping)Interpolator.Resolve(mapping, environment, problems);
        var all = overrides.Concat(member.Select(m => $"{m.Path}={YamlText.Format(m.Value)}")).ToList();
        return Build(path, mapping, all, problems) is { } experiment ? experiment with { SweepSection = sweep } : null;
    }

    static string ReadText(string path, Func<string, string> readFile)
    {
        if (Directory.Exists(path)) throw ExperimentErrors.IsADirectory(path);
        if (!File.Exists(path)) throw ExperimentErrors.NotFound(path);
        try { return readFile(path); }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw ExperimentErrors.Unreadable(path, e);
        }
    }

    static Experiment? Build(string file, YamlMapping root, IReadOnlyList<string> overrides, List<ConfigProblem> problems)
    {
        foreach (var entry in root.Entries.Where(e => !TopLevelKeys.Contains(e.Key.Value)))
            problems.Add(new ConfigProblem(entry.Key.Location, entry.Key.Value,
                $"unknown top-level key{Suggest.DidYouMean(entry.Key.Value, TopLevelKeys)}; allowed: {string.Join(", ", TopLevelKeys)}"));

        string name = ScalarOrDefault(root, "name", problems) ?? Path.GetFileNameWithoutExtension(file);
        if (!RunNames.IsSafe(name))
            problems.Add(new ConfigProblem(root["name"]?.Location ?? root.Location, "name", "must be 1-80 characters of letters, digits, '-', '_' or '.', so it can name a folder"));
        int seed = 0;
        string? seedText = ScalarOrDefault(root, "seed", problems);
        if (seedText is not null && !int.TryParse(seedText, out seed))
            problems.Add(new ConfigProblem(root["seed"]!.Location, "seed", $"expected an integer, got '{seedText}'"));
        var device = DeviceSetting.Auto;
        string? deviceText = ScalarOrDefault(root, "device", problems);
        if (deviceText is not null && !Enum.TryParse(deviceText, ignoreCase: true, out device))
            problems.Add(new ConfigProblem(root["device"]!.Location, "device", $"expected one of auto, cpu, cuda; got '{deviceText}'"));
        string output = ScalarOrDefault(root, "output", problems) ?? "reports";
        string? cache = ScalarOrDefault(root, "cache", problems);

        var nodes = new List<NodeDeclaration>();
        switch (root["nodes"])
        {
            case null:
                problems.Add(new ConfigProblem(root.Location, "nodes", "missing: an experiment needs a 'nodes' mapping of node id -> { kind, inputs, options }"));
                break;
            case YamlMapping nodeMap:
                foreach (var entry in nodeMap.Entries) ReadNode(entry, nodes, problems);
                break;
            case var other:
                problems.Add(new ConfigProblem(other.Location, "nodes", $"must be a mapping of node id -> node, not a {Describe(other)}"));
                break;
        }
        var settingLocations = new[] { "device", "output", "cache" }
            .Where(key => root[key] is YamlScalar { IsNull: false })
            .ToDictionary(key => key, key => root[key]!.Location);
        return new Experiment(file, name, seed, device, output, cache, nodes, overrides) { SettingLocations = settingLocations };
    }

    static void ReadNode(YamlEntry entry, List<NodeDeclaration> nodes, List<ConfigProblem> problems)
    {
        string id = entry.Key.Value, path = $"nodes.{id}";
        if (!RunNames.IsSafe(id))
            problems.Add(new ConfigProblem(entry.Key.Location, path, "node ids must be 1-80 characters of letters, digits, '-', '_' or '.'"));
        if (entry.Value is not YamlMapping body)
        {
            problems.Add(new ConfigProblem(entry.Value.Location, path, $"a node must be a mapping with 'kind' (and options), not a {Describe(entry.Value)}"));
            return;
        }
        string kind = "";
        switch (body["kind"])
        {
            case YamlScalar { IsNull: false } k: kind = k.Value; break;
            case null: problems.Add(new ConfigProblem(body.Location, path + ".kind", "missing: every node needs a 'kind'")); break;
            case var other: problems.Add(new ConfigProblem(other.Location, path + ".kind", "must be a kind name such as train/rnc")); break;
        }
        var inputs = ReadInputs(body["inputs"], path, problems);
        var options = new YamlMapping(body.Location, body.Entries.Where(e => !NodeReservedKeys.Contains(e.Key.Value)).ToList());
        nodes.Add(new NodeDeclaration(id, kind, entry.Key.Location, body["kind"]?.Location ?? body.Location, inputs, options));
    }

    static List<InputReference> ReadInputs(YamlValue? value, string path, List<ConfigProblem> problems)
    {
        var inputs = new List<InputReference>();
        if (value is null || value is YamlScalar { IsNull: true }) return inputs;
        if (value is not YamlMapping map)
        {
            problems.Add(new ConfigProblem(value.Location, path + ".inputs", "must be a mapping of input slot -> node id (or list of node ids)"));
            return inputs;
        }
        foreach (var e in map.Entries)
        {
            var items = e.Value is YamlSequence seq ? seq.Items : [e.Value];
            foreach (var item in items)
            {
                if (item is YamlScalar { IsNull: false } s) inputs.Add(new InputReference(e.Key.Value, s.Value, s.Location));
                else problems.Add(new ConfigProblem(item.Location, $"{path}.inputs.{e.Key.Value}", "must name a node id"));
            }
        }
        return inputs;
    }

    static string? ScalarOrDefault(YamlMapping map, string key, List<ConfigProblem> problems)
    {
        switch (map[key])
        {
            case null: return null;
            case YamlScalar s: return s.IsNull ? null : s.Value;
            case var other:
                problems.Add(new ConfigProblem(other.Location, key, $"must be a single value, not a {Describe(other)}"));
                return null;
        }
    }

    internal static string Describe(YamlValue value) => value switch
    {
        YamlSequence => "list",
        YamlMapping => "mapping",
        _ => "scalar",
    };
}

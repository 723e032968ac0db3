using SocioRunner.Core.Errors;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Yaml;

namespace SocioRunner.Core.Sweeps;

/// <summary>
/// Reads an experiment file's <c>sweep:</c> section:
/// <code>
/// sweep:
///   grid:                               # every combination (paths exactly as --set takes them)
///     nodes.pretrain.temperature: [0.5, 2, 8]
///     seed: [1, 2, 3]
///   variants:                           # optional explicit members, each crossed with the grid
///     - { nodes.pretrain.epochs: 5 }
///   parallel: 2                         # --launcher local: members at once
///   slurm: { partition: gpu, time: "04:00:00", cpus: 8, mem: 32G, gpus: 1, options: ["--account=abc"] }
/// </code>
/// </summary>
public static class SweepReader
{
    static readonly string[] Keys = ["grid", "variants", "parallel", "slurm"];
    static readonly string[] SlurmKeys = ["partition", "time", "cpus", "mem", "gpus", "options"];

    public static SweepDefinition Read(YamlValue? section, List<ConfigProblem> problems)
    {
        if (section is null or YamlScalar { IsNull: true }) return SweepDefinition.None;
        if (section is not YamlMapping map)
        {
            problems.Add(new ConfigProblem(section.Location, "sweep", "must be a mapping with 'grid' and/or 'variants'"));
            return SweepDefinition.None;
        }
        foreach (var entry in map.Entries.Where(e => !Keys.Contains(e.Key.Value)))
            problems.Add(new ConfigProblem(entry.Key.Location, $"sweep.{entry.Key.Value}", $"unknown key{Suggest.DidYouMean(entry.Key.Value, Keys)}; allowed: {string.Join(", ", Keys)}"));
        int before = problems.Count;
        var grid = ReadGrid(map["grid"], problems);
        var variants = ReadVariants(map["variants"], problems);
        if (grid.Count == 0 && variants.Count == 0 && problems.Count == before) // else its (empty or bad) entries are the one problem to show
            problems.Add(new ConfigProblem(map.Location, "sweep", "empty sweep: give 'grid' (path: [values]) and/or 'variants' (a list of {path: value})"));
        return new SweepDefinition(grid, variants) { Parallel = ReadInt(map["parallel"], "sweep.parallel", problems), Slurm = ReadSlurm(map["slurm"], problems) };
    }

    static List<SweepAxis> ReadGrid(YamlValue? value, List<ConfigProblem> problems)
    {
        var axes = new List<SweepAxis>();
        if (value is null) return axes;
        if (value is not YamlMapping grid)
        {
            problems.Add(new ConfigProblem(value.Location, "sweep.grid", "must be a mapping of path -> list of values"));
            return axes;
        }
        foreach (var (key, values) in grid.Entries)
        {
            string path = $"sweep.grid.{key.Value}";
            var items = values is YamlSequence sequence ? sequence.Items : [values];
            if (items.Count == 0) problems.Add(new ConfigProblem(values.Location, path, "empty list: a swept path needs at least one value"));
            else axes.Add(new SweepAxis(key.Value, items, key.Location));
        }
        return axes;
    }

    static List<IReadOnlyList<Override>> ReadVariants(YamlValue? value, List<ConfigProblem> problems)
    {
        var variants = new List<IReadOnlyList<Override>>();
        if (value is null) return variants;
        if (value is not YamlSequence list)
        {
            problems.Add(new ConfigProblem(value.Location, "sweep.variants", "must be a list of mappings path -> value"));
            return variants;
        }
        foreach (var item in list.Items)
        {
            if (item is YamlMapping variant && variant.Entries.Count > 0)
                variants.Add(variant.Entries.Select(e => new Override(e.Key.Value, e.Value, e.Value.Location)).ToList());
            else problems.Add(new ConfigProblem(item.Location, "sweep.variants", "each variant is a non-empty mapping path -> value"));
        }
        return variants;
    }

    static SlurmOptions ReadSlurm(YamlValue? value, List<ConfigProblem> problems)
    {
        if (value is null) return new SlurmOptions();
        if (value is not YamlMapping map)
        {
            problems.Add(new ConfigProblem(value.Location, "sweep.slurm", "must be a mapping (partition, time, cpus, mem, gpus, options)"));
            return new SlurmOptions();
        }
        foreach (var entry in map.Entries.Where(e => !SlurmKeys.Contains(e.Key.Value)))
            problems.Add(new ConfigProblem(entry.Key.Location, $"sweep.slurm.{entry.Key.Value}", $"unknown key{Suggest.DidYouMean(entry.Key.Value, SlurmKeys)}; allowed: {string.Join(", ", SlurmKeys)}"));
        var options = map["options"] switch
        {
            null => [],
            YamlSequence q => q.Items.OfType<YamlScalar>().Select(s => s.Value).ToList(),
            YamlScalar s => [s.Value],
            var other => Fail(other),
        };
        return new SlurmOptions
        {
            Partition = (map["partition"] as YamlScalar)?.Value,
            Time = (map["time"] as YamlScalar)?.Value,
            Mem = (map["mem"] as YamlScalar)?.Value,
            Cpus = ReadInt(map["cpus"], "sweep.slurm.cpus", problems),
            Gpus = ReadInt(map["gpus"], "sweep.slurm.gpus", problems),
            Options = options,
        };

        List<string> Fail(YamlValue other)
        {
            problems.Add(new ConfigProblem(other.Location, "sweep.slurm.options", "must be a list of sbatch options"));
            return [];
        }
    }

    static int? ReadInt(YamlValue? value, string path, List<ConfigProblem> problems)
    {
        if (value is null) return null;
        if (value is YamlScalar s && int.TryParse(s.Value, out int n) && n > 0) return n;
        problems.Add(new ConfigProblem(value.Location, path, $"expected a positive integer, got '{(value as YamlScalar)?.Value ?? ExperimentLoader.Describe(value)}'"));
        return null;
    }
}

using SocioRunner.Core.Yaml;

namespace SocioRunner.Core.Experiments;

public enum DeviceSetting { Auto, Cpu, Cuda }

/// <summary>An experiment file after parsing, overrides and interpolation, before options are bound.</summary>
public sealed record Experiment(
    string File,
    string Name,
    int Seed,
    DeviceSetting Device,
    string Output,
    string? Cache,
    IReadOnlyList<NodeDeclaration> Nodes,
    IReadOnlyList<string> Overrides)
{
    /// <summary>
    /// Where the file itself set <c>device</c>, <c>output</c> or <c>cache</c> (absent keys are not listed): those
    /// values form one layer of the settings (above the settings files, below SOCIO_* variables and flags).
    /// </summary>
    public IReadOnlyDictionary<string, SourceLocation> SettingLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>The file's <c>sweep:</c> section, unparsed (see <c>Sweeps.SweepReader</c>); null when there is none.</summary>
    public YamlValue? SweepSection { get; init; }
}

/// <summary>One entry of <c>nodes:</c>: its id, kind, wiring and raw (not yet typed) options.</summary>
public sealed record NodeDeclaration(
    string Id,
    string Kind,
    SourceLocation Location,
    SourceLocation KindLocation,
    IReadOnlyList<InputReference> Inputs,
    YamlMapping Options);

/// <summary><c>inputs: { slot: node-id }</c> or <c>inputs: { slot: [a, b] }</c>.</summary>
public sealed record InputReference(string Slot, string NodeId, SourceLocation Location);

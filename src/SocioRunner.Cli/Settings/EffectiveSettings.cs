namespace SocioRunner.Cli.Settings;

/// <summary>The settings in force and, for each, where its value came from.</summary>
public sealed record EffectiveSettings(SocioSettings Settings, IReadOnlyList<EffectiveSetting> Entries);

/// <param name="Layer">The layer that set it ("default", "user file", "project file", "experiment", "environment", "command line").</param>
/// <param name="Origin">Exactly where: a file and line, an environment variable or a flag.</param>
public sealed record EffectiveSetting(string Key, string Value, string Layer, string Origin);

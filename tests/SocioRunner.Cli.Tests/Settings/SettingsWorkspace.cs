namespace SocioRunner.Cli.Tests.Settings;

/// <summary>
/// A temporary "repository" (it holds a <c>.git</c> folder) with an experiment in <c>experiments/</c>, a user settings
/// folder of its own, and helpers to write the settings files of each layer.
/// </summary>
public sealed class SettingsWorkspace : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("socio-settings-").FullName;

    public string UserConfigHome => Path.Combine(Root, "xdg");

    public string UserFile => Path.Combine(UserConfigHome, "socio", "settings.json");

    public string ProjectFile => Path.Combine(Root, "socio.json");

    public string Experiment => Path.Combine(Root, "experiments", "tiny.yaml");

    public SettingsWorkspace()
    {
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        Directory.CreateDirectory(Path.GetDirectoryName(UserFile)!);
        Directory.CreateDirectory(Path.GetDirectoryName(Experiment)!);
    }

    public void WriteExperiment(string topLevel = "") => File.WriteAllText(Experiment,
        $"name: tiny\nseed: 7\n{topLevel}nodes:\n  city: {{ kind: dataset/synthetic-city, tiles: 20, tile_size: 16, flair_patches: 0 }}\n");

    public Task<(int Exit, string Out, string Err)> Run(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var variables = new Dictionary<string, string?>(environment ?? new Dictionary<string, string?>()) { ["XDG_CONFIG_HOME"] = UserConfigHome };
        foreach (var definition in SocioRunner.Cli.Settings.SettingDefinition.All) variables.TryAdd(definition.EnvironmentVariable, null);
        return CliRunner.RunWithEnvironment(Root, variables, args);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

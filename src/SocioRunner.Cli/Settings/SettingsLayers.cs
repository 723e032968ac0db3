using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace SocioRunner.Cli.Settings;

/// <summary>
/// The host's configuration layers, lowest first: built-in defaults, the user file
/// (<c>$XDG_CONFIG_HOME/socio/settings.json</c>, else <c>~/.config/socio/settings.json</c>), the project file
/// (<c>socio.json</c>, see <see cref="ProjectSettingsLocator"/>), SOCIO_* environment variables, command-line flags.
/// The experiment file's own <c>device</c>, <c>output</c> and <c>cache</c> sit between the project file and the
/// environment (added by <see cref="SettingsResolver"/>, since they are known only once the experiment is read).
/// </summary>
public sealed class SettingsLayers
{
    public const string DefaultsName = "default", EnvironmentName = "environment";

    SettingsLayers(string? userFile)
    {
        Defaults = new MemoryConfigurationProvider(new MemoryConfigurationSource
        {
            InitialData = SettingDefinition.All.Select(d => KeyValuePair.Create(d.Key, (string?)d.Format(new SocioSettings()))),
        });
        User = new SettingsFileProvider("user file", userFile);
        Project = new SettingsFileProvider("project file", null);
        Environment = new EnvironmentVariablesConfigurationProvider("SOCIO_");
    }

    public IConfigurationProvider Defaults { get; }
    public SettingsFileProvider User { get; }
    public SettingsFileProvider Project { get; }
    public IConfigurationProvider Environment { get; }
    public FlagSettingsProvider Flags { get; } = new();

    /// <summary>Adds every layer to the host's configuration, in order, and returns them for <see cref="SettingsResolver"/>.</summary>
    public static SettingsLayers AddTo(IConfigurationBuilder configuration, Func<string, string?> environment)
    {
        var layers = new SettingsLayers(UserFilePath(environment));
        configuration.Add(new ProviderSource(layers.Defaults));
        configuration.Add(layers.User);
        configuration.Add(layers.Project);
        configuration.Add(new ProviderSource(layers.Environment));
        configuration.Add(layers.Flags);
        return layers;
    }

    public static string? UserFilePath(Func<string, string?> environment)
    {
        string? root = environment("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg
            : environment("HOME") is { Length: > 0 } home ? Path.Combine(home, ".config")
            : null;
        return root is null ? null : Path.Combine(root, "socio", "settings.json");
    }

    /// <summary>Adds an already created provider (the framework's sources create a new one on every build).</summary>
    sealed class ProviderSource(IConfigurationProvider provider) : IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) => provider;
    }
}

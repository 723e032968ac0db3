using Microsoft.Extensions.Configuration;

namespace SocioRunner.Cli.Settings;

/// <summary>
/// The top settings layer: values given as command-line flags (<c>--cache</c>, <c>--threads</c>, ...). Spectre parses
/// the command line after the host is built, so <see cref="SettingsInterceptor"/> fills this layer just before the
/// command runs.
/// </summary>
public sealed class FlagSettingsProvider : ConfigurationProvider, IConfigurationSource
{
    public const string LayerName = "command line";

    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    public void Set(IReadOnlyDictionary<string, string> flags)
    {
        Data.Clear();
        foreach (var (key, value) in flags) Data[key] = value;
        OnReload();
    }
}

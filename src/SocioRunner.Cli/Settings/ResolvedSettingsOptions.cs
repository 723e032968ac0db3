using Microsoft.Extensions.Options;

namespace SocioRunner.Cli.Settings;

/// <summary>
/// <see cref="IOptions{TOptions}"/> of the settings, resolved on first use rather than when created: services that
/// are built with the host (the console logger) hold it before <see cref="SettingsInterceptor"/> has chosen the
/// project file and put the command's flags on top.
/// </summary>
public sealed class ResolvedSettingsOptions(SettingsResolver resolver) : IOptions<SocioSettings>
{
    SocioSettings? value;

    public SocioSettings Value => value ??= resolver.Resolve().Settings;
}

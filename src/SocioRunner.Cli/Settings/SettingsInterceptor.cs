using System.Reflection;
using SocioRunner.Cli.Commands;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Settings;

/// <summary>
/// Runs after Spectre parsed the command line and before the command is created: picks the project settings file
/// from the experiment's folder, puts the flags marked <see cref="SettingFlagAttribute"/> on top, and resolves the
/// settings once so a bad settings file stops every command with one line (exit 2) before it does anything.
/// </summary>
public sealed class SettingsInterceptor(SettingsResolver resolver) : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        string? experiment = settings is IExperimentArgument { ExperimentFile: { Length: > 0 } file } ? file : null;
        resolver.BeginInvocation(experiment, Flags(settings), Environment.CurrentDirectory);
        resolver.Resolve();
    }

    static Dictionary<string, string> Flags(CommandSettings settings)
    {
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            if (property.GetCustomAttribute<SettingFlagAttribute>() is { } flag && property.GetValue(settings) is { } value)
                flags[flag.Key] = SettingDefinition.Format(value);
        return flags;
    }
}

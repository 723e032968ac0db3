namespace SocioRunner.Cli.Settings;

/// <summary>
/// Marks a command-line option as the flag of a setting (<c>[SettingFlag("cache")]</c> on <c>--cache</c>): when given,
/// its value is the top layer of that setting. Any command's settings class can carry such options.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SettingFlagAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}

using System.ComponentModel;
using SocioRunner.Cli.Settings;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands;

/// <summary>The flags that set a setting for one command (the top layer; see <c>socio config</c>).</summary>
public class SettingFlags : CommandSettings
{
    [CommandOption("--cache <DIR>"), SettingFlag("cache")]
    [Description("Artifact cache folder (setting 'cache'; default .socio/cache)")]
    public string? Cache { get; init; }

    [CommandOption("--output <DIR>"), SettingFlag("output")]
    [Description("Reports root folder (setting 'output'; default reports)")]
    public string? Output { get; init; }

    [CommandOption("--device <DEVICE>"), SettingFlag("device")]
    [Description("auto, cpu or cuda (setting 'device'; default auto)")]
    public string? Device { get; init; }

    [CommandOption("--threads <N>"), SettingFlag("threads")]
    [Description("TorchSharp threads per node, 0 for every core (setting 'threads'; default 0)")]
    public int? Threads { get; init; }
}

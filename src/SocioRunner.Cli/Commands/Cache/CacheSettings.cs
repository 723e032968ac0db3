using System.ComponentModel;
using SocioRunner.Cli.Settings;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands.Cache;

public class CacheSettings : CommandSettings
{
    [CommandOption("--cache <DIR>"), SettingFlag("cache")]
    [Description("Artifact cache folder (setting 'cache'; default .socio/cache)")]
    public string? Cache { get; init; }

    [CommandOption("--dry-run")]
    [Description("Only list what would be removed")]
    public bool DryRun { get; init; }
}

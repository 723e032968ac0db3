using System.ComponentModel;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands.Cache;

public class CacheSettings : CommandSettings
{
    [CommandOption("--cache <DIR>")]
    [Description("Artifact cache folder (default: $SOCIO_CACHE, else .socio/cache)")]
    public string? Cache { get; init; }

    [CommandOption("--dry-run")]
    [Description("Only list what would be removed")]
    public bool DryRun { get; init; }

    public string CacheDirectory => Cache ?? Environment.GetEnvironmentVariable("SOCIO_CACHE") ?? Path.Combine(".socio", "cache");
}

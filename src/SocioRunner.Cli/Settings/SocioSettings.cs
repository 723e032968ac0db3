using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Inputs;

namespace SocioRunner.Cli.Settings;

/// <summary>
/// The tool's settings: everything that used to be a hard-wired default. Each comes from the layers described in
/// <see cref="SettingsLayers"/> (defaults, user file, project file, experiment file, SOCIO_* variables, flags); the
/// property initialisers are the built-in defaults. Keys are snake_case (<c>lock_timeout</c>), as in experiment files.
/// </summary>
public sealed record SocioSettings
{
    [ConfigurationKeyName("cache"), FolderSetting]
    [Description("artifact cache folder")]
    public string Cache { get; init; } = Path.Combine(".socio", "cache");

    [ConfigurationKeyName("output"), FolderSetting]
    [Description("reports root folder (run folders go to <output>/<experiment>/<timestamp>)")]
    public string Output { get; init; } = "reports";

    [ConfigurationKeyName("device"), RecordedInRun]
    [Description("auto, cpu or cuda (auto picks cuda when available)")]
    public DeviceSetting Device { get; init; } = DeviceSetting.Auto;

    [ConfigurationKeyName("threads"), RecordedInRun]
    [Range(0, 4096)]
    [Description("TorchSharp threads per node; 0 uses every core")]
    public int Threads { get; init; }

    [ConfigurationKeyName("console")]
    [Description("auto, rich (live progress bars) or plain (timestamped lines, as in CI)")]
    public ConsoleMode Console { get; init; } = ConsoleMode.Auto;

    [ConfigurationKeyName("lock_timeout")]
    [Range(0, 7 * 24 * 3600)]
    [Description("seconds to wait for an artifact another run is computing, then exit 4 (0: as long as that run is alive)")]
    public double LockTimeout { get; init; }

    [ConfigurationKeyName("launcher")]
    [AllowedValues("local", "slurm")]
    [Description("where sweep members run: local or slurm")]
    public string Launcher { get; init; } = "local";

    [ConfigurationKeyName("yaml_max_depth"), RecordedInRun]
    [Range(1, int.MaxValue)]
    [Description("deepest nesting of mappings and lists an experiment file may have")]
    public int YamlMaxDepth { get; init; } = InputLimits.Default.YamlMaxDepth;

    [ConfigurationKeyName("yaml_max_values"), RecordedInRun]
    [Range(1L, long.MaxValue)]
    [Description("most values an experiment file may hold once every alias is expanded")]
    public long YamlMaxValues { get; init; } = InputLimits.Default.YamlMaxValues;

    [ConfigurationKeyName("image_max_side"), RecordedInRun]
    [Range(1, int.MaxValue)]
    [Description("widest and tallest PNG/TIFF image (pixels per side) a reader decodes")]
    public int ImageMaxSide { get; init; } = InputLimits.Default.ImageMaxSide;

    [ConfigurationKeyName("image_max_pixels"), RecordedInRun]
    [Range(1L, long.MaxValue)]
    [Description("most pixels (width x height) of a PNG/TIFF image a reader decodes")]
    public long ImageMaxPixels { get; init; } = InputLimits.Default.ImageMaxPixels;

    /// <summary>The ceilings on hostile or broken input files, from the four limit settings.</summary>
    public InputLimits InputLimits => new()
    {
        YamlMaxDepth = YamlMaxDepth, YamlMaxValues = YamlMaxValues, ImageMaxSide = ImageMaxSide, ImageMaxPixels = ImageMaxPixels,
    };

    /// <summary>The thread count to use: <see cref="Threads"/>, or every core when it is 0.</summary>
    public int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;
}

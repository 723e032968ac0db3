using System.Globalization;
using SocioRunner.Core.Errors;

namespace SocioRunner.Core.Inputs;

/// <summary>
/// Ceilings on what an input file may make the tool allocate, checked before the allocation happens: a hostile or
/// broken file (a YAML "billion laughs", a value nested thousands deep, an image whose header claims 40,000 x 40,000
/// pixels) then ends in one line naming the file and the limit instead of exhausting memory or the stack.
/// The defaults are generous: real experiment files nest under 10 levels and hold a few hundred values; real tiles are
/// 500 x 500 (household income) and 512 x 512 (FLAIR).
/// </summary>
public sealed record InputLimits
{
    /// <summary>Deepest nesting of mappings and lists in a YAML file.</summary>
    public int YamlMaxDepth { get; init; } = 200;

    /// <summary>Most values a YAML file may hold once every alias is expanded (a YAML "billion laughs" has 10^9).</summary>
    public long YamlMaxValues { get; init; } = 100_000;

    /// <summary>Widest and tallest image (pixels per side) a reader decodes.</summary>
    public int ImageMaxSide { get; init; } = 20_000;

    /// <summary>Most pixels (width x height) of an image a reader decodes: 100 megapixels, 200 times a 500 x 500 tile.</summary>
    public long ImageMaxPixels { get; init; } = 100_000_000;

    public static InputLimits Default { get; } = new();

    /// <summary>The environment variables that raise or lower each limit (documented in the README).</summary>
    public static IReadOnlyList<string> EnvironmentVariables { get; } =
        ["SOCIO_YAML_MAX_DEPTH", "SOCIO_YAML_MAX_VALUES", "SOCIO_IMAGE_MAX_SIDE", "SOCIO_IMAGE_MAX_PIXELS"];

    /// <summary>The defaults, each overridden by its <c>SOCIO_*</c> variable when set; a malformed value is an input error.</summary>
    public static InputLimits FromEnvironment(Func<string, string?> environment)
    {
        var limits = new InputLimits();
        return limits with
        {
            YamlMaxDepth = (int)Read(environment, "SOCIO_YAML_MAX_DEPTH", limits.YamlMaxDepth, int.MaxValue),
            YamlMaxValues = Read(environment, "SOCIO_YAML_MAX_VALUES", limits.YamlMaxValues, long.MaxValue),
            ImageMaxSide = (int)Read(environment, "SOCIO_IMAGE_MAX_SIDE", limits.ImageMaxSide, int.MaxValue),
            ImageMaxPixels = Read(environment, "SOCIO_IMAGE_MAX_PIXELS", limits.ImageMaxPixels, long.MaxValue),
        };
    }

    static long Read(Func<string, string?> environment, string variable, long fallback, long max)
    {
        string? text = environment(variable);
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value > 0 && value <= max) return value;
        throw new InvalidInputException($"environment variable {variable}='{text}': expected a positive whole number");
    }
}

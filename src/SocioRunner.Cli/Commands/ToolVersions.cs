using System.Reflection;

namespace SocioRunner.Cli.Commands;

/// <summary>Versions recorded in every manifest, for reproducibility.</summary>
public static class ToolVersions
{
    // Named by a type each, not by scanning loaded assemblies: at the start of a run most are not loaded yet.
    static readonly Assembly[] Libraries =
    [
        typeof(TorchSharp.torch).Assembly, typeof(TorchSharp.torchvision).Assembly, typeof(ScottPlot.Plot).Assembly,
        typeof(Scriban.Template).Assembly, typeof(YamlDotNet.Core.Parser).Assembly, typeof(SkiaSharp.SKBitmap).Assembly,
        typeof(BitMiracle.LibTiff.Classic.Tiff).Assembly, typeof(Spectre.Console.AnsiConsole).Assembly,
    ];

    public static IReadOnlyDictionary<string, string> Collect()
    {
        var versions = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["socio-runner"] = Version(typeof(ToolVersions).Assembly),
            ["dotnet"] = Environment.Version.ToString(),
            ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            ["cores"] = Environment.ProcessorCount.ToString(),
        };
        foreach (var assembly in Libraries) versions[assembly.GetName().Name ?? "?"] = Version(assembly);
        return versions;
    }

    static string Version(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? assembly.GetName().Version?.ToString() ?? "?";
}

using System.Reflection;

namespace SocioRunner.Cli.Commands;

/// <summary>Versions recorded in every manifest, for reproducibility.</summary>
public static class ToolVersions
{
    public static IReadOnlyDictionary<string, string> Collect()
    {
        var versions = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["socio-runner"] = typeof(ToolVersions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev",
            ["dotnet"] = Environment.Version.ToString(),
            ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            ["cores"] = Environment.ProcessorCount.ToString(),
        };
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            string? name = assembly.GetName().Name;
            if (name is "TorchSharp" or "TorchVision" or "ScottPlot" or "Scriban.Signed" or "Scriban" or "YamlDotNet" or "SkiaSharp" or "BitMiracle.LibTiff.NET")
                versions[name] = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "?";
        }
        return versions;
    }
}

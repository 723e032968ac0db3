using System.Reflection;

namespace SocioRunner.Core.Sweeps.Launch;

/// <summary>
/// How to start this program again for one member (a child process or a Slurm job): SOCIO_COMMAND if set
/// (space-separated, e.g. <c>dotnet /opt/socio/socio.dll</c>), else the running executable (plus its entry
/// assembly when it runs under <c>dotnet</c>).
/// </summary>
public static class SelfCommand
{
    public static IReadOnlyList<string> Resolve(Func<string, string?> environment)
    {
        if (environment("SOCIO_COMMAND") is { Length: > 0 } configured)
            return configured.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string process = Environment.ProcessPath ?? "dotnet";
        string? entry = Assembly.GetEntryAssembly()?.Location;
        bool underDotnet = Path.GetFileNameWithoutExtension(process) == "dotnet";
        if (underDotnet && entry is { Length: > 0 } && Path.GetFileNameWithoutExtension(entry) is "socio")
            return [process, entry];
        if (!underDotnet) return [process];
        throw new InvalidOperationException("cannot tell how to start socio again from this host process; set SOCIO_COMMAND (e.g. 'dotnet /path/to/socio.dll')");
    }
}

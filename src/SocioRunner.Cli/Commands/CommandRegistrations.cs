using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands;

/// <summary>Verbs contributed by the data, report and cache features (synth, report, cache).</summary>
public static class CommandRegistrations
{
    public static void AddMore(IConfigurator config)
    {
    }
}

using Microsoft.Extensions.Options;
using SocioRunner.Cli.Settings;

namespace SocioRunner.Cli.Infrastructure;

/// <summary>How the console is used: rich (terminal) or plain (CI, pipes), and verbosity.</summary>
public sealed class ConsoleSettings
{
    readonly Func<ConsoleMode> mode;
    bool? interactive;

    /// <summary>Guesses from the terminal (tests set <see cref="Interactive"/>).</summary>
    public ConsoleSettings() : this(() => ConsoleMode.Auto) { }

    /// <summary>From the <c>console</c> setting, read when first needed (after the command's settings are known).</summary>
    public ConsoleSettings(IOptions<SocioSettings> settings) : this(() => settings.Value.Console) { }

    ConsoleSettings(Func<ConsoleMode> mode) => this.mode = mode;

    /// <summary>Live progress bars on a terminal; plain lines in CI or pipes. The <c>console</c> setting (rich, plain) overrides the guess.</summary>
    public bool Interactive
    {
        get => interactive ??= mode() switch
        {
            ConsoleMode.Rich => true,
            ConsoleMode.Plain => false,
            _ => !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null,
        };
        init => interactive = value;
    }

    public bool Verbose { get; set; }
}

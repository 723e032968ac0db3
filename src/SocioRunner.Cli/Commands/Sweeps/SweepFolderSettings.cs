using System.ComponentModel;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands.Sweeps;

public sealed class SweepFolderSettings : CommandSettings
{
    [CommandArgument(0, "<sweep-dir>")]
    [Description("A sweep folder (reports/<experiment>/<timestamp>-sweep) holding sweep.json")]
    public string SweepDirectory { get; init; } = "";
}

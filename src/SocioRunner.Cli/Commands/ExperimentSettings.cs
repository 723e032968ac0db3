using System.ComponentModel;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands;

/// <summary>Arguments shared by the verbs that read an experiment file.</summary>
public class ExperimentSettings : SettingFlags, IExperimentArgument
{
    [CommandArgument(0, "<experiment>")]
    [Description("Path of the experiment YAML file, e.g. experiments/quickstart.yaml")]
    public string ExperimentFile { get; init; } = "";

    string? IExperimentArgument.ExperimentFile => ExperimentFile;

    [CommandOption("--set <PATH=VALUE>")]
    [Description("Override a value, e.g. --set nodes.pretrain.epochs=5 (repeatable)")]
    public string[] Set { get; init; } = [];

    [CommandOption("--force <NODE>")]
    [Description("Re-run this node and everything downstream even if cached (repeatable)")]
    public string[] Force { get; init; } = [];

    [CommandOption("-m|--multirun")]
    [Description("Run, plan or validate the experiment as a sweep: its 'sweep:' section and every --set PATH=a,b,c")]
    public bool Multirun { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Debug logging and full stack traces on errors")]
    public bool Verbose { get; init; }
}

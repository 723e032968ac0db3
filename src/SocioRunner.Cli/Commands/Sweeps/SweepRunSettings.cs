using SocioRunner.Cli.Settings;
using System.ComponentModel;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands.Sweeps;

/// <summary>Options of the run verb for sweeps (--multirun) and for the single runs a launcher starts for its members.</summary>
public class SweepRunSettings : ExperimentSettings
{
    [CommandOption("--launcher <NAME>"), SettingFlag("launcher")]
    [Description("With --multirun: local (child processes on this machine, the default) or slurm (one sbatch job per member)")]
    public string? Launcher { get; init; }

    [CommandOption("--parallel <N>")]
    [Description("local launcher: members at once (default: the file's sweep.parallel, else half the cores)")]
    public int? Parallel { get; init; }

    [CommandOption("--partition <NAME>")]
    [Description("slurm: partition (overrides sweep.slurm.partition)")]
    public string? Partition { get; init; }

    [CommandOption("--time <LIMIT>")]
    [Description("slurm: wall-clock limit per job, e.g. 04:00:00")]
    public string? Time { get; init; }

    [CommandOption("--cpus <N>")]
    [Description("slurm: --cpus-per-task")]
    public int? Cpus { get; init; }

    [CommandOption("--mem <SIZE>")]
    [Description("slurm: memory per job, e.g. 16G")]
    public string? Mem { get; init; }

    [CommandOption("--gpus <N>")]
    [Description("slurm: GPUs per job")]
    public int? Gpus { get; init; }

    [CommandOption("--sbatch <OPTION>")]
    [Description("slurm: a further sbatch option, verbatim, e.g. --sbatch=--account=abc (repeatable)")]
    public string[] Sbatch { get; init; } = [];

    [CommandOption("--wait")]
    [Description("slurm: wait for every job, then write the sweep report (otherwise a dependent report job writes it)")]
    public bool Wait { get; init; }

    [CommandOption("--run-dir <DIR>")]
    [Description("Write this run into DIR instead of a new reports/<experiment>/<timestamp>/ (used for sweep members)")]
    public string? RunDirectory { get; init; }

    [CommandOption("--target <NODE>")]
    [Description("Run only this node and what it needs (repeatable; Slurm jobs for shared nodes use it)")]
    public string[] Targets { get; init; } = [];
}

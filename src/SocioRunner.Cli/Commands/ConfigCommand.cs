using System.ComponentModel;
using SocioRunner.Cli.Settings;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Experiments;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands;

[Description("Print the effective settings (cache, output, device, threads, ...) and where each came from: default, user file, project file, experiment, environment or command line.")]
public sealed class ConfigCommand(SettingsResolver resolver) : Command<ConfigCommand.Settings>
{
    public sealed class Settings : SettingFlags, IExperimentArgument
    {
        [CommandArgument(0, "[experiment]")]
        [Description("An experiment file: its folder decides the project file, and its own device/output/cache count")]
        public string? ExperimentFile { get; init; }

        [CommandOption("--lock-timeout <SECONDS>"), SettingFlag("lock_timeout")]
        [Description("Seconds to wait for a cache in use (setting 'lock_timeout')")]
        public double? LockTimeout { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var experiment = settings.ExperimentFile is { Length: > 0 } file ? Load(file, resolver.Resolve().Settings.InputLimits) : null;
        var effective = resolver.Resolve(experiment);
        int keyWidth = Math.Max(7, effective.Entries.Max(e => e.Key.Length));
        int valueWidth = Math.Max(5, effective.Entries.Max(e => e.Value.Length));
        Console.WriteLine($"{"setting".PadRight(keyWidth)}  {"value".PadRight(valueWidth)}  from");
        foreach (var entry in effective.Entries)
        {
            string from = entry.Origin == entry.Layer ? entry.Layer : $"{entry.Layer} ({entry.Origin})";
            Console.WriteLine($"{entry.Key.PadRight(keyWidth)}  {entry.Value.PadRight(valueWidth)}  {from}");
        }
        var layers = resolver.Layers;
        Console.WriteLine();
        Console.WriteLine($"user file:    {Describe(layers.User.Path, "no HOME or XDG_CONFIG_HOME")}");
        Console.WriteLine($"project file: {(layers.Project.Path is { } project ? project : $"none ({ProjectSettingsLocator.FileName} {ProjectSettingsLocator.Describe(settings.ExperimentFile, Environment.CurrentDirectory)})")}");
        Console.WriteLine($"environment:  {string.Join(", ", SettingDefinition.All.Select(d => d.EnvironmentVariable))}");
        return 0;
    }

    static string Describe(string? path, string missing) =>
        path is null ? $"none ({missing})" : File.Exists(path) ? path : $"{path} (not found)";

    /// <summary>Only the experiment's own settings matter here, so node problems are left to <c>validate</c>.</summary>
    static Experiment Load(string file, SocioRunner.Core.Inputs.InputLimits limits)
    {
        var problems = new List<ConfigProblem>();
        var experiment = ExperimentLoader.Load(file, [], Environment.GetEnvironmentVariable, problems, limits: limits);
        if (experiment is null || problems.Any(p => p.Path is "device" or "output" or "cache" || p.Path.Length == 0))
            throw new InvalidInputException(problems.Count > 0 ? problems : [new ConfigProblem(new(file, 1, 1), "", "cannot read the experiment")]);
        return experiment;
    }
}

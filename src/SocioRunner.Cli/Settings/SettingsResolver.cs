using System.ComponentModel.DataAnnotations;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Experiments;

namespace SocioRunner.Cli.Settings;

/// <summary>
/// Turns the layers into typed, validated <see cref="SocioSettings"/>: for each key the highest layer that sets it
/// wins. Every problem (a settings file's unknown key or broken JSON, a value of the wrong type, a value out of range)
/// names where it came from and the key; all are reported together as invalid input (exit 2).
/// </summary>
public sealed class SettingsResolver(SettingsLayers layers)
{
    /// <summary>Chooses the project file for this invocation and sets the flag layer (before the command runs).</summary>
    public void BeginInvocation(string? experimentFile, IReadOnlyDictionary<string, string> flags, string workingDirectory)
    {
        layers.Project.LoadFrom(ProjectSettingsLocator.Find(experimentFile, workingDirectory));
        layers.Flags.Set(flags);
    }

    public SettingsLayers Layers => layers;

    /// <summary>The settings; with <paramref name="experiment"/>, its own device/output/cache count as a layer.</summary>
    public EffectiveSettings Resolve(Experiment? experiment = null)
    {
        var problems = new List<string>(layers.User.Problems.Concat(layers.Project.Problems));
        var settings = new SocioSettings();
        var entries = new List<EffectiveSetting>();
        foreach (var definition in SettingDefinition.All)
        {
            var (text, layer, origin) = Lookup(definition, experiment);
            if (definition.TryParse(text, out var value, out string expected)) definition.Property.SetValue(settings, value);
            else problems.Add(SettingsErrors.WrongType(origin, definition.Key, text, expected));
            entries.Add(new EffectiveSetting(definition.Key, text, layer, origin));
        }
        var results = new List<ValidationResult>();
        if (problems.Count == 0 && !Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true))
            foreach (var result in results)
            {
                var definition = SettingDefinition.All.First(d => result.MemberNames.Contains(d.Property.Name));
                var entry = entries.First(e => e.Key == definition.Key);
                problems.Add(SettingsErrors.Invalid(entry.Origin, definition.Key, Reword(result.ErrorMessage ?? "invalid", definition)));
            }
        if (problems.Count > 0) throw new InvalidInputException(string.Join(System.Environment.NewLine, problems.Distinct()));
        return new EffectiveSettings(settings, entries);
    }

    (string Text, string Layer, string Origin) Lookup(SettingDefinition definition, Experiment? experiment)
    {
        string key = definition.Key;
        if (layers.Flags.TryGet(key, out var flag) && flag is not null)
            return (flag, FlagSettingsProvider.LayerName, definition.Flag);
        if (layers.Environment.TryGet(key, out var variable) && variable is not null)
            return (variable, SettingsLayers.EnvironmentName, definition.EnvironmentVariable);
        if (experiment is not null && experiment.SettingLocations.TryGetValue(key, out var location) && ExperimentValue(experiment, key) is { } fromExperiment)
            return (fromExperiment, "experiment", location.ToString());
        foreach (var file in new[] { layers.Project, layers.User })
            if (file.TryGet(key, out var value) && value is not null)
                return (definition.IsFolder ? RelativeTo(file.Path!, value) : value, file.LayerName, file.Origin(key));
        layers.Defaults.TryGet(key, out var fallback);
        return (fallback ?? "", SettingsLayers.DefaultsName, SettingsLayers.DefaultsName);
    }

    static string RelativeTo(string settingsFile, string folder)
    {
        string? home = System.Environment.GetEnvironmentVariable("HOME");
        if (home is not null && (folder == "~" || folder.StartsWith("~/", StringComparison.Ordinal))) folder = home + folder[1..];
        return folder.Trim().Length == 0 || Path.IsPathRooted(folder)
            ? folder
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(settingsFile))!, folder));
    }

    static string? ExperimentValue(Experiment experiment, string key) => key switch
    {
        "device" => SettingDefinition.Format(experiment.Device),
        "output" => experiment.Output,
        "cache" => experiment.Cache,
        _ => null,
    };

    // DataAnnotations name the C# property ("The field Threads must be between 0 and 4096."); users know the key.
    static string Reword(string message, SettingDefinition definition)
    {
        message = message.Replace($"The field {definition.Property.Name} ", "", StringComparison.Ordinal)
                         .Replace($"The {definition.Property.Name} field ", "", StringComparison.Ordinal)
                         .Replace(definition.Property.Name, definition.Key, StringComparison.Ordinal);
        return message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.') : message;
    }
}

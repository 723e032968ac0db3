using SocioRunner.Core.Experiments;

namespace SocioRunner.Cli.Settings;

/// <summary>The wording of every settings problem, in one place. Each names where the value came from and the key.</summary>
public static class SettingsErrors
{
    static string Known => string.Join(", ", SettingDefinition.Keys);

    public static string UnknownKey(string file, int line, string key) =>
        $"{file}:{line}: unknown setting '{key}'{Suggest.DidYouMean(key, SettingDefinition.Keys)}; settings: {Known}";

    public static string NotAValue(string file, int line, string key) =>
        $"{file}:{line}: {key}: expected a single value (string, number), not a list or object";

    public static string NotAnObject(string file) =>
        $"{file}:1: a settings file holds one JSON object, e.g. {{ \"cache\": \"/scratch/socio-cache\" }}";

    public static string InvalidJson(string file, long? line, long? column, string reason) =>
        $"{file}:{(line ?? 0) + 1}:{(column ?? 0) + 1}: not valid JSON ({reason})";

    public static string Unreadable(string file, string reason) => $"{file}: cannot read the settings file ({reason})";

    public static string WrongType(string origin, string key, string text, string expected) =>
        $"{origin}: {key}: expected {expected}, got '{text}'";

    public static string Invalid(string origin, string key, string message) => $"{origin}: {key}: {message}";
}

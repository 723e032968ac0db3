using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace SocioRunner.Cli.Settings;

/// <summary>
/// A settings file (<c>settings.json</c> or <c>socio.json</c>): one flat JSON object of known keys. Read strictly,
/// unlike the framework's JSON provider: an unknown key, a nested value or broken JSON is a <see cref="Problems"/>
/// entry naming the file and line (reported by <see cref="SettingsResolver"/>), never an exception at start-up.
/// The file may be chosen after the host is built (<see cref="LoadFrom"/>): the project file depends on the experiment.
/// </summary>
public sealed class SettingsFileProvider(string layerName, string? path) : ConfigurationProvider, IConfigurationSource
{
    readonly Dictionary<string, int> lines = new(StringComparer.OrdinalIgnoreCase);
    readonly List<string> problems = [];

    public string LayerName { get; } = layerName;

    /// <summary>The file this layer reads (null: none chosen); it may not exist.</summary>
    public string? Path { get; private set; } = path;

    public bool Exists => Path is not null && File.Exists(Path);

    public IReadOnlyList<string> Problems => problems;

    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    /// <summary>Where <paramref name="key"/> was set: <c>file:line</c>.</summary>
    public string Origin(string key) => $"{Path}:{lines.GetValueOrDefault(key)}";

    public void LoadFrom(string? path)
    {
        Path = path;
        Load();
        OnReload();
    }

    public override void Load()
    {
        Data.Clear();
        lines.Clear();
        problems.Clear();
        if (Path is null || !File.Exists(Path)) return;
        byte[] bytes;
        try { bytes = File.ReadAllBytes(Path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(SettingsErrors.Unreadable(Path, e.Message));
            return;
        }
        try { Parse(bytes); }
        catch (JsonException e)
        {
            problems.Add(SettingsErrors.InvalidJson(Path, e.LineNumber, e.BytePositionInLine, Reason(e)));
        }
    }

    void Parse(byte[] bytes)
    {
        var options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        var reader = new Utf8JsonReader(bytes, options);
        if (!reader.Read()) return; // an empty file sets nothing
        if (reader.TokenType != JsonTokenType.StartObject) { problems.Add(SettingsErrors.NotAnObject(Path!)); return; }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string key = reader.GetString()!;
            int line = LineOf(bytes, reader.TokenStartIndex);
            reader.Read();
            bool known = SettingDefinition.Keys.Contains(key, StringComparer.Ordinal) || key == "$schema";
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                problems.Add(known ? SettingsErrors.NotAValue(Path!, line, key) : SettingsErrors.UnknownKey(Path!, line, key));
                reader.Skip();
                continue;
            }
            if (!known) { problems.Add(SettingsErrors.UnknownKey(Path!, line, key)); continue; }
            if (key == "$schema") continue;
            Data[key] = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Null => null,
                _ => Encoding.UTF8.GetString(reader.ValueSpan),
            };
            lines[key] = line;
        }
        // Reaching the end validates the rest of the document (a missing brace is a JsonException with its position).
        while (reader.Read()) { }
    }

    static int LineOf(byte[] bytes, long index)
    {
        int line = 1;
        for (long i = 0; i < index; i++) if (bytes[i] == (byte)'\n') line++;
        return line;
    }

    static string Reason(JsonException e)
    {
        string message = e.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}

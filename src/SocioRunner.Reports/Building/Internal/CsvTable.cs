using System.Globalization;
using System.Text;

namespace SocioRunner.Reports.Building.Internal;

/// <summary>
/// A small CSV reader for the artifact tables the report shows (a few thousand rows at most): a header row,
/// comma separated, RFC 4180 quoting. Columns are looked up by name; numbers parse with the invariant culture.
/// </summary>
internal sealed class CsvTable
{
    readonly Dictionary<string, int> columnIndex;

    CsvTable(string path, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
        columnIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Count; i++) columnIndex.TryAdd(header[i], i);
    }

    public string Path { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<string[]> Rows { get; }

    public static CsvTable Read(string path)
    {
        var lines = ParseRecords(File.ReadAllText(path)).Where(r => r.Length > 1 || r[0].Length > 0).ToList();
        if (lines.Count == 0) throw new InvalidDataException($"{path}: the file is empty (no header row)");
        var header = lines[0].Select(h => h.Trim()).ToList();
        return new CsvTable(path, header, lines.Skip(1).ToList());
    }

    public bool Has(string column) => columnIndex.ContainsKey(column);

    /// <summary>The first of <paramref name="names"/> that is a column, or null.</summary>
    public string? FirstColumn(params string[] names) => names.FirstOrDefault(Has);

    public string Text(string[] row, string column) =>
        columnIndex.TryGetValue(column, out int i) && i < row.Length ? row[i].Trim() : "";

    public double? Number(string[] row, string column)
    {
        string text = Text(row, column);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value : null;
    }

    public double RequiredNumber(string[] row, string column) =>
        Number(row, column) ?? throw new InvalidDataException($"{Path}: column '{column}' has '{Text(row, column)}', not a number");

    public bool Flag(string[] row, string column) =>
        Text(row, column).ToLowerInvariant() is "true" or "1" or "yes" or "1.0";

    /// <summary>Fails with the file name and the columns it has when a column the report needs is absent.</summary>
    public void Require(params string[] columns)
    {
        var missing = columns.Where(c => !Has(c)).ToList();
        if (missing.Count > 0)
            throw new InvalidDataException(
                $"{Path}: missing column(s) {string.Join(", ", missing)}; it has {string.Join(", ", Header)}");
    }

    static IEnumerable<string[]> ParseRecords(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString()); field.Clear();
                yield return fields.ToArray();
                fields.Clear();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }
}

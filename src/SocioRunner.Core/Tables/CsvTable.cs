using System.Globalization;
using nietras.SeparatedValues;
using SocioRunner.Core.Errors;

namespace SocioRunner.Core.Tables;

/// <summary>
/// A CSV file read fully into memory: a header and rows of cells, RFC 4180 (quoted commas, doubled quotes and newlines
/// inside quotes). The one CSV reader of every project; Sep does the parsing. Problems are <see cref="InvalidInputException"/>s
/// naming the file and line.
/// </summary>
public sealed class CsvTable
{
    readonly int[] lines;

    CsvTable(string path, string[] columns, List<string[]> rows, int[] lines)
    {
        Path = path; Columns = columns; Rows = rows; this.lines = lines;
    }

    public string Path { get; }
    public string[] Columns { get; }
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>The file line where data row <paramref name="row"/> starts (the header is line 1).</summary>
    public int LineOf(int row) => lines[row];

    public bool Has(string name) => TryColumn(name) is not null;

    public int Column(string name) => TryColumn(name) ?? throw CsvErrors.MissingColumn(Path, name, Columns);

    /// <summary>The index of <paramref name="name"/> (case-insensitive, surrounding blanks ignored), or null.</summary>
    public int? TryColumn(string name)
    {
        int i = Array.FindIndex(Columns, c => string.Equals(c.Trim(), name, StringComparison.OrdinalIgnoreCase));
        return i < 0 ? null : i;
    }

    /// <summary>A finite number in <paramref name="column"/> of data row <paramref name="row"/>; the error names file and line.</summary>
    public double Number(int row, int column)
    {
        string text = Rows[row][column].Trim();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw CsvErrors.BadNumber(Path, LineOf(row), Columns[column], text);
    }

    /// <summary>
    /// Reads <paramref name="path"/>. With <paramref name="strict"/>, a row with another number of cells than the header
    /// is an error; otherwise short rows are padded with empty cells (tables users edit by hand).
    /// </summary>
    public static CsvTable Read(string path, bool strict = false)
    {
        if (!File.Exists(path)) throw CsvErrors.MissingFile(path);
        if (new FileInfo(path).Length == 0) throw CsvErrors.Empty(path);
        try
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
            string[] columns = reader.Header.ColNames.ToArray();
            if (columns.Length == 0 || columns is [""]) throw CsvErrors.Empty(path);
            var rows = new List<string[]>();
            var lines = new List<int>();
            foreach (var row in reader)
            {
                if (row.ColCount == 1 && row[0].Span.Length == 0) continue; // a blank line
                var values = new string[columns.Length];
                for (int i = 0; i < columns.Length; i++) values[i] = i < row.ColCount ? row[i].ToString() : "";
                // A quote that never closes swallows the rest of the file into one value: say so instead of reading a short row.
                if (row.ColCount < columns.Length && values.Any(v => v.Contains('\n')))
                    throw CsvErrors.UnterminatedQuote(path, row.LineNumberFrom);
                if (strict && row.ColCount != columns.Length) throw CsvErrors.WrongCellCount(path, row.LineNumberFrom, row.ColCount, columns.Length);
                rows.Add(values);
                lines.Add(row.LineNumberFrom);
            }
            return new CsvTable(path, columns, rows, [.. lines]);
        }
        catch (Exception e) when (e is not SocioException)
        {
            throw CsvErrors.Unreadable(path, e);
        }
    }

    /// <summary>Writes a whole table (see <see cref="CsvWriter"/>).</summary>
    public static void Write(string path, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new CsvWriter(path, columns);
        foreach (var values in rows) writer.Row(values);
    }
}

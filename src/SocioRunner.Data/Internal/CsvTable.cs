using System.Globalization;
using nietras.SeparatedValues;

namespace SocioRunner.Data.Internal;

/// <summary>A small CSV file read fully into memory (split tables, census tables); Sep does the parsing.</summary>
internal sealed class CsvTable
{
    CsvTable(string path, string[] columns, List<string[]> rows) { Path = path; Columns = columns; Rows = rows; }

    public string Path { get; }
    public string[] Columns { get; }
    public List<string[]> Rows { get; }

    public int Column(string name) => TryColumn(name) is { } i ? i : throw DataErrors.MissingColumn(Path, name, Columns);

    public int? TryColumn(string name)
    {
        int i = Array.FindIndex(Columns, c => string.Equals(c.Trim(), name, StringComparison.OrdinalIgnoreCase));
        return i < 0 ? null : i;
    }

    /// <summary>A finite number in <paramref name="column"/> of data row <paramref name="row"/>; error names file and line.</summary>
    public double Number(int row, int column)
    {
        string text = Rows[row][column].Trim();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw DataErrors.BadNumber(Path, row + 2, Columns[column], text);
    }

    public static CsvTable Read(string path)
    {
        if (!File.Exists(path)) throw DataErrors.MissingFile(path, "CSV file");
        try
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
            string[] columns = reader.Header.ColNames.ToArray();
            var rows = new List<string[]>();
            foreach (var row in reader)
            {
                var values = new string[columns.Length];
                for (int i = 0; i < columns.Length; i++) values[i] = i < row.ColCount ? row[i].ToString() : "";
                // A quote that never closes swallows the rest of the file into one value: say so instead of reading a short row.
                if (row.ColCount < columns.Length && values.Any(v => v.Contains('\n')))
                    throw new SocioRunner.Core.Errors.InvalidInputException($"{path}:{rows.Count + 2}: unterminated quoted value (a '\"' opens a field that never closes)");
                rows.Add(values);
            }
            return new CsvTable(path, columns, rows);
        }
        catch (Exception e) when (e is not SocioRunner.Core.Errors.SocioException)
        {
            throw DataErrors.BadCsv(path, e);
        }
    }

    public static void Write(string path, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        int count = 0;
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(path))
        {
            foreach (var values in rows)
            {
                using var row = writer.NewRow();
                for (int i = 0; i < columns.Count; i++) row[columns[i]].Set(values[i]);
                count++;
            }
        }
        // Sep writes the header with the first row; an empty table still gets its header.
        if (count == 0) File.WriteAllText(path, string.Join(',', columns) + "\n");
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

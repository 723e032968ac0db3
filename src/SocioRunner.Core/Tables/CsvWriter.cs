using System.Globalization;
using nietras.SeparatedValues;

namespace SocioRunner.Core.Tables;

/// <summary>
/// Writes a CSV file row by row, RFC 4180 (Sep quotes every cell holding a comma, quote or line break), with invariant,
/// round-trippable numbers. The one CSV writer of every project, so that an id with a comma, a quote or a newline
/// reads back as it was written.
/// </summary>
public sealed class CsvWriter : IDisposable
{
    readonly SepWriter writer;
    readonly int columns;

    public CsvWriter(string path, IEnumerable<string> header)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        // The header is written as an ordinary (escaped) row, so duplicate or odd column names need no special case.
        writer = Sep.New(',').Writer(o => o with { Escape = true, WriteHeader = false }).ToFile(path);
        var names = header.ToArray();
        columns = names.Length;
        Row(names);
    }

    public void Row(IEnumerable<string> cells)
    {
        var values = cells as IReadOnlyList<string> ?? cells.ToArray();
        if (values.Count != columns) throw new ArgumentException($"{values.Count} cells for {columns} columns", nameof(cells));
        using var row = writer.NewRow();
        for (int i = 0; i < values.Count; i++) row[i].Set(values[i]);
    }

    /// <summary>A double as the shortest text that parses back to the same value; NaN (a missing value) as an empty cell.</summary>
    public static string Number(double value) => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    public void Dispose() => writer.Dispose();
}

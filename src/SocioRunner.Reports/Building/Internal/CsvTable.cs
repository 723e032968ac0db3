using System.Globalization;
using SocioRunner.Core.Errors;

namespace SocioRunner.Reports.Building.Internal;

/// <summary>
/// The artifact tables the report shows (a few thousand rows at most), read by the shared reader
/// (<see cref="SocioRunner.Core.Tables.CsvTable"/>), looked up by column name; numbers parse with the invariant culture.
/// A damaged table is an <see cref="InvalidDataException"/>: the report notes it and goes on.
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
        Core.Tables.CsvTable table;
        try { table = Core.Tables.CsvTable.Read(path); }
        catch (InvalidInputException e) { throw new InvalidDataException(e.Message, e); }
        return new CsvTable(path, table.Columns.Select(h => h.Trim()).ToList(), table.Rows);
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
}

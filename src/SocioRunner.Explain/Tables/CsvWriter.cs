using System.Globalization;
using System.Text;

namespace SocioRunner.Explain.Tables;

/// <summary>Minimal RFC 4180 CSV writer with invariant, round-trippable numbers.</summary>
public sealed class CsvWriter : IDisposable
{
    readonly StreamWriter writer;

    public CsvWriter(string path, IEnumerable<string> header)
    {
        writer = new StreamWriter(path, false, new UTF8Encoding(false));
        Row(header);
    }

    public void Row(IEnumerable<string> cells) => writer.Write(string.Join(",", cells.Select(Escape)) + "\n");

    public static string Number(double value) =>
        double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Escape(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    public void Dispose() => writer.Dispose();
}

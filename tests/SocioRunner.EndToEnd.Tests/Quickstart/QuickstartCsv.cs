using System.Globalization;
using System.Text;

namespace SocioRunner.EndToEnd.Tests.Quickstart;

/// <summary>Reads a small RFC 4180 CSV written by the quickstart (quoted cells may hold commas) as header-keyed rows.</summary>
public static class QuickstartCsv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var cells = Split(l);
            return (IReadOnlyDictionary<string, string>)header.Select((h, i) => (h, i)).ToDictionary(c => c.h, c => c.i < cells.Count ? cells[c.i] : "");
        }).ToList();
    }

    public static double Number(this IReadOnlyDictionary<string, string> row, string column) =>
        row[column].Length == 0 ? double.NaN : double.Parse(row[column], CultureInfo.InvariantCulture);

    static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }

        cells.Add(cell.ToString());
        return cells;
    }
}

using System.Text;

namespace SocioRunner.Explain.Tables;

/// <summary>Reads a small RFC 4180 CSV file (quoted cells, doubled quotes) into a header and rows of cells.</summary>
public static class CsvReader
{
    public static (string[] Header, List<string[]> Rows) Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            throw new FormatException($"{path}: the file is empty; a header row is needed");
        }

        var header = Split(lines[0]).Select(h => h.Trim()).ToArray();
        var rows = new List<string[]>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = Split(lines[i]);
            if (cells.Length != header.Length)
            {
                throw new FormatException($"{path}:{i + 1}: {cells.Length} cells; the header has {header.Length}");
            }

            rows.Add(cells);
        }

        return (header, rows);
    }

    public static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells.ToArray();
    }
}

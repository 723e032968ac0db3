using System.Globalization;
using SocioRunner.Core.Errors;


namespace SocioRunner.Explain.Tables;

/// <summary>
/// Per-input embeddings: the <c>embeddings</c> artifact's <c>embeddings.csv</c> (<c>id,label,dim_0..</c>) and the user
/// CSVs read by <c>embeddings/csv</c> (a header, an <c>id</c> column, an optional <c>label</c> column, numeric dimensions).
/// </summary>
public sealed record EmbeddingTable(IReadOnlyList<string> Ids, IReadOnlyList<double> Labels, IReadOnlyList<float[]> Rows)
{
    public const string FileName = "embeddings.csv";

    public int Dimension => Rows.Count == 0 ? 0 : Rows[0].Length;

    /// <summary>Reads a CSV; every problem is an <see cref="InvalidInputException"/> naming the file (and line).</summary>
    public static EmbeddingTable Read(string path)
    {
        if (!File.Exists(path))
        {
            throw ExplainErrors.EmbeddingsNotFound(path);
        }

        var table = CsvTable.Read(path, strict: true);
        string[] header = table.Columns.Select(c => c.Trim()).ToArray();
        var rows = table.Rows;
        int id = Array.FindIndex(header, h => h.Equals("id", StringComparison.OrdinalIgnoreCase) || h.Equals("image_id", StringComparison.OrdinalIgnoreCase));
        if (id < 0)
        {
            throw ExplainErrors.NoIdColumn(path, header);
        }

        int label = Array.FindIndex(header, h => h.Equals("label", StringComparison.OrdinalIgnoreCase));
        var dimensions = Enumerable.Range(0, header.Length).Where(c => c != id && c != label).ToArray();
        if (dimensions.Length == 0)
        {
            throw ExplainErrors.NoDimensions(path, label >= 0);
        }

        var ids = new List<string>();
        var labels = new List<double>();
        var vectors = new List<float[]>();
        for (int r = 0; r < rows.Count; r++)
        {
            ids.Add(rows[r][id]);
            labels.Add(label >= 0 ? Parse(path, table.LineOf(r), header[label], rows[r][label]) : double.NaN);
            vectors.Add(dimensions.Select(c => (float)Parse(path, table.LineOf(r), header[c], rows[r][c])).ToArray());
        }

        return new EmbeddingTable(ids, labels, vectors);
    }

    public void Write(string path)
    {
        using var csv = new CsvWriter(path, ["id", "label", .. Enumerable.Range(0, Dimension).Select(d => $"dim_{d}")]);
        for (int i = 0; i < Ids.Count; i++)
        {
            csv.Row([Ids[i], CsvWriter.Number(Labels[i]), .. Rows[i].Select(CsvWriter.Number)]);
        }
    }

    static double Parse(string path, int line, string column, string text)
    {
        if (text.Length == 0 && column.Equals("label", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw ExplainErrors.NotANumber(path, line, column, text);
        }

        return value;
    }
}

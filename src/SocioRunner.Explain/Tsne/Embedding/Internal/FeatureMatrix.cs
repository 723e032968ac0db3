namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>Row-major float matrix: the one input layout every t-SNE stage works on.</summary>
internal sealed class FeatureMatrix
{
    public FeatureMatrix(float[] values, int rows, int columns)
    {
        if (rows < 0 || columns < 1 || (long)rows * columns != values.Length)
        {
            throw new ArgumentException(
                $"A {rows} x {columns} matrix needs {(long)rows * columns} values; got {values.Length}.", nameof(values));
        }

        Values = values;
        Rows = rows;
        Columns = columns;
    }

    public float[] Values { get; }

    public int Rows { get; }

    public int Columns { get; }

    public ReadOnlySpan<float> Row(int row) => Values.AsSpan(row * Columns, Columns);

    public static FeatureMatrix FromRows(IReadOnlyList<float[]> rows)
    {
        if (rows.Count == 0)
        {
            throw new ArgumentException("The data set has no rows.", nameof(rows));
        }

        var columns = rows[0].Length;
        var values = new float[rows.Count * columns];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != columns)
            {
                throw new ArgumentException(
                    $"Row {i} has {rows[i].Length} values but row 0 has {columns}; every row needs the same length.",
                    nameof(rows));
            }

            rows[i].CopyTo(values, i * columns);
        }

        return new FeatureMatrix(values, rows.Count, columns);
    }

    /// <summary>Rejects NaN and infinity up front: one would silently turn the whole map into NaN.</summary>
    public void RequireFinite()
    {
        for (var i = 0; i < Values.Length; i++)
        {
            if (!float.IsFinite(Values[i]))
            {
                throw new ArgumentException(
                    $"The data contains a non-finite value ({Values[i]}) at row {i / Columns}, column {i % Columns}.");
            }
        }
    }
}

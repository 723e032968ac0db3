namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// Symmetric joint probabilities P = (P_cond + P_condᵀ) / sum in compressed sparse rows, as scikit-learn's
/// _joint_probabilities_nn. Row i's entries are RowStart[i]..RowStart[i+1]-1, sorted by column.
/// </summary>
internal sealed class JointAffinities
{
    private JointAffinities(int[] rowStart, int[] columns, double[] values)
    {
        RowStart = rowStart;
        Columns = columns;
        Values = values;
    }

    public int[] RowStart { get; }

    public int[] Columns { get; }

    public double[] Values { get; }

    public int PointCount => RowStart.Length - 1;

    public static JointAffinities Symmetrize(NeighborLists neighbors, double[] conditional)
    {
        var n = neighbors.PointCount;
        var k = neighbors.NeighborCount;
        // Each directed edge i->j lands in row i and, transposed, in row j; duplicates are merged below.
        var counts = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            counts[i] += k;
            for (var e = i * k; e < (i + 1) * k; e++)
            {
                counts[neighbors.Indices[e]]++;
            }
        }

        var start = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            start[i + 1] = start[i] + counts[i];
        }

        var fill = (int[])start.Clone();
        var columns = new int[start[n]];
        var values = new double[start[n]];
        for (var i = 0; i < n; i++)
        {
            for (var e = i * k; e < (i + 1) * k; e++)
            {
                var j = neighbors.Indices[e];
                columns[fill[i]] = j;
                values[fill[i]++] = conditional[e];
                columns[fill[j]] = i;
                values[fill[j]++] = conditional[e];
            }
        }

        return Merge(start, columns, values);
    }

    /// <summary>Sorts each row by column, sums duplicate columns and normalises the whole matrix to sum 1.</summary>
    private static JointAffinities Merge(int[] start, int[] columns, double[] values)
    {
        var n = start.Length - 1;
        var mergedCounts = new int[n];
        Parallel.For(0, n, i =>
        {
            var rowColumns = columns.AsSpan(start[i], start[i + 1] - start[i]);
            var rowValues = values.AsSpan(start[i], start[i + 1] - start[i]);
            rowColumns.Sort(rowValues);
            var write = -1;
            for (var read = 0; read < rowColumns.Length; read++)
            {
                if (write >= 0 && rowColumns[write] == rowColumns[read])
                {
                    rowValues[write] += rowValues[read];
                }
                else
                {
                    write++;
                    rowColumns[write] = rowColumns[read];
                    rowValues[write] = rowValues[read];
                }
            }

            mergedCounts[i] = write + 1;
        });

        var rowStart = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            rowStart[i + 1] = rowStart[i] + mergedCounts[i];
        }

        var mergedColumns = new int[rowStart[n]];
        var mergedValues = new double[rowStart[n]];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            Array.Copy(columns, start[i], mergedColumns, rowStart[i], mergedCounts[i]);
            Array.Copy(values, start[i], mergedValues, rowStart[i], mergedCounts[i]);
            for (var e = rowStart[i]; e < rowStart[i + 1]; e++)
            {
                sum += mergedValues[e];
            }
        }

        // Rows of P_cond sum to 1, so the sum is ~2N; dividing by the actual sum gives sum(P) = 1 as sklearn does.
        var scale = 1.0 / Math.Max(sum, double.Epsilon);
        for (var e = 0; e < mergedValues.Length; e++)
        {
            mergedValues[e] *= scale;
        }

        return new JointAffinities(rowStart, mergedColumns, mergedValues);
    }
}

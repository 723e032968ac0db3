namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>Products with the column-centred data X_c = X - 1·meanᵀ without materialising X_c.</summary>
internal static class CenteredProduct
{
    /// <summary>X_c · M for a row-major D x width matrix M; returns row-major N x width.</summary>
    public static double[] Times(FeatureMatrix data, double[] mean, double[] matrix, int width)
    {
        var d = data.Columns;
        var offsets = new double[width];
        for (var j = 0; j < d; j++)
        {
            for (var s = 0; s < width; s++)
            {
                offsets[s] += mean[j] * matrix[j * width + s];
            }
        }

        var result = new double[data.Rows * width];
        Parallel.For(0, data.Rows, i =>
        {
            var row = data.Row(i);
            var target = result.AsSpan(i * width, width);
            for (var j = 0; j < d; j++)
            {
                var x = (double)row[j];
                var weights = matrix.AsSpan(j * width, width);
                for (var s = 0; s < width; s++)
                {
                    target[s] += x * weights[s];
                }
            }

            for (var s = 0; s < width; s++)
            {
                target[s] -= offsets[s];
            }
        });
        return result;
    }

    /// <summary>X_cᵀ · M for a row-major N x width matrix M; returns row-major D x width.</summary>
    public static double[] TransposeTimes(FeatureMatrix data, double[] mean, double[] matrix, int width)
    {
        var d = data.Columns;
        var n = data.Rows;
        // Fixed chunks summed in order keep the result bit-identical whatever the thread timing.
        var chunkCount = Math.Min(16, n);
        var partials = new double[chunkCount][];
        Parallel.For(0, chunkCount, chunk =>
        {
            var partial = new double[d * width];
            var columnSums = new double[width];
            for (var i = chunk * n / chunkCount; i < (chunk + 1) * n / chunkCount; i++)
            {
                var row = data.Row(i);
                var weights = matrix.AsSpan(i * width, width);
                for (var s = 0; s < width; s++)
                {
                    columnSums[s] += weights[s];
                }

                for (var j = 0; j < d; j++)
                {
                    var x = (double)row[j];
                    var target = partial.AsSpan(j * width, width);
                    for (var s = 0; s < width; s++)
                    {
                        target[s] += x * weights[s];
                    }
                }
            }

            for (var j = 0; j < d; j++)
            {
                for (var s = 0; s < width; s++)
                {
                    partial[j * width + s] -= mean[j] * columnSums[s];
                }
            }

            partials[chunk] = partial;
        });

        var result = new double[d * width];
        foreach (var partial in partials)
        {
            for (var e = 0; e < result.Length; e++)
            {
                result[e] += partial[e];
            }
        }

        return result;
    }
}

namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>
/// Per-feature standardization as scikit-learn's StandardScaler: mean and population standard deviation (ddof 0);
/// a constant feature gets scale 1 so it maps to 0 instead of dividing by zero.
/// </summary>
public sealed class Standardizer
{
    Standardizer(float[] mean, float[] scale)
    {
        Mean = mean;
        Scale = scale;
    }

    public float[] Mean { get; }

    public float[] Scale { get; }

    public int Dimension => Mean.Length;

    public static Standardizer Fit(IReadOnlyList<float[]> rows)
    {
        if (rows.Count == 0)
        {
            throw new ArgumentException("Cannot standardize an empty set of rows.", nameof(rows));
        }

        int dimension = rows[0].Length;
        var sum = new double[dimension];
        foreach (var row in rows)
        {
            for (int j = 0; j < dimension; j++)
            {
                sum[j] += row[j];
            }
        }

        var mean = new double[dimension];
        for (int j = 0; j < dimension; j++)
        {
            mean[j] = sum[j] / rows.Count;
        }

        var squares = new double[dimension];
        foreach (var row in rows)
        {
            for (int j = 0; j < dimension; j++)
            {
                double d = row[j] - mean[j];
                squares[j] += d * d;
            }
        }

        var meanOut = new float[dimension];
        var scale = new float[dimension];
        for (int j = 0; j < dimension; j++)
        {
            meanOut[j] = (float)mean[j];
            double std = Math.Sqrt(squares[j] / rows.Count);
            // scikit-learn treats scales below 10 * machine epsilon as zero.
            scale[j] = std < 10 * double.Epsilon || std == 0 ? 1f : (float)std;
        }

        return new Standardizer(meanOut, scale);
    }

    public float[] Transform(float[] row)
    {
        var result = new float[row.Length];
        for (int j = 0; j < row.Length; j++)
        {
            result[j] = (row[j] - Mean[j]) / Scale[j];
        }

        return result;
    }

    /// <summary>
    /// Maps a direction (classifier weights) from the standardized space back to the raw feature space.
    /// The decision w·((x - mean) / scale) + b equals (w / scale)·x + const, so the raw direction is w / scale.
    /// </summary>
    public float[] DirectionToRaw(ReadOnlySpan<float> standardizedWeights)
    {
        var raw = new float[standardizedWeights.Length];
        for (int j = 0; j < raw.Length; j++)
        {
            raw[j] = standardizedWeights[j] / Scale[j];
        }

        return raw;
    }
}

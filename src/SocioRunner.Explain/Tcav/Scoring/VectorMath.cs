namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>Small dense vector helpers in double precision.</summary>
public static class VectorMath
{
    public static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Vectors differ in length ({a.Length} vs {b.Length}).");
        }

        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += (double)a[i] * b[i];
        }

        return sum;
    }

    public static double Norm(ReadOnlySpan<float> a) => Math.Sqrt(Dot(a, a));

    /// <summary>Cosine similarity; 0 when either vector is zero.</summary>
    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double norms = Norm(a) * Norm(b);
        return norms == 0 ? 0 : Dot(a, b) / norms;
    }

    /// <summary>The vector scaled to unit length (a zero vector stays zero).</summary>
    public static float[] Normalized(ReadOnlySpan<float> a)
    {
        double norm = Norm(a);
        var result = new float[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            result[i] = norm == 0 ? 0 : (float)(a[i] / norm);
        }

        return result;
    }

    /// <summary>Element-wise mean of equally long rows, in double precision.</summary>
    public static double[] Mean(IReadOnlyList<float[]> rows)
    {
        if (rows.Count == 0)
        {
            throw new ArgumentException("The mean of no rows is undefined.");
        }

        var mean = new double[rows[0].Length];
        foreach (var row in rows)
        {
            for (int k = 0; k < mean.Length; k++) mean[k] += row[k];
        }

        for (int k = 0; k < mean.Length; k++) mean[k] /= rows.Count;
        return mean;
    }
}

namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>
/// TCAV arithmetic. The TCAV value of an input is the dot product of its layer attribution with the CAV
/// (a directional derivative for plain gradients); the sign-count score is the fraction of inputs with a
/// strictly positive value and the magnitude score is the mean value.
/// </summary>
public static class TcavScores
{
    public static double[] Values(IReadOnlyList<float[]> attributions, ReadOnlySpan<float> cav)
    {
        var values = new double[attributions.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = VectorMath.Dot(attributions[i], cav);
        }

        return values;
    }

    /// <summary>Fraction of values above zero; NaN for no values.</summary>
    public static double SignCount(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return double.NaN;
        }

        int positive = 0;
        foreach (double value in values)
        {
            if (value > 0)
            {
                positive++;
            }
        }

        return (double)positive / values.Length;
    }

    /// <summary>Mean TCAV value; NaN for no values.</summary>
    public static double Magnitude(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return double.NaN;
        }

        double sum = 0;
        foreach (double value in values)
        {
            sum += value;
        }

        return sum / values.Length;
    }

    /// <summary>Cosine similarity of every activation row with a CAV.</summary>
    public static double[] CosineSimilarities(IReadOnlyList<float[]> activations, ReadOnlySpan<float> cav)
    {
        var result = new double[activations.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = VectorMath.Cosine(activations[i], cav);
        }

        return result;
    }
}

namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>A trained linear decision function w·x + b; positive means the positive class.</summary>
public sealed record LinearClassifier(float[] Weights, double Intercept, int Epochs)
{
    public double Decision(ReadOnlySpan<float> row)
    {
        double sum = Intercept;
        for (int j = 0; j < row.Length; j++)
        {
            sum += Weights[j] * (double)row[j];
        }

        return sum;
    }

    public bool PredictPositive(ReadOnlySpan<float> row) => Decision(row) > 0;
}

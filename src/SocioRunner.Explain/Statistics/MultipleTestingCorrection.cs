namespace SocioRunner.Explain.Statistics;

/// <summary>
/// Family-wise error corrections of a vector of p-values, as statsmodels' multipletests
/// ('bonferroni' and 'holm'): adjusted p-values in the input order, capped at 1.
/// </summary>
public static class MultipleTestingCorrection
{
    public static double[] Bonferroni(ReadOnlySpan<double> pValues)
    {
        var adjusted = new double[pValues.Length];
        for (var i = 0; i < pValues.Length; i++)
        {
            adjusted[i] = Math.Min(1, pValues[i] * pValues.Length);
        }

        return adjusted;
    }

    /// <summary>Holm's step-down method: the i-th smallest p (0-based) is scaled by m - i, then made monotone.</summary>
    public static double[] Holm(ReadOnlySpan<double> pValues)
    {
        var count = pValues.Length;
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        var values = pValues.ToArray();
        // Stable sort so tied p-values keep their input order, as numpy's mergesort in statsmodels.
        var sorted = order.OrderBy(i => values[i]).ToArray();
        var adjusted = new double[count];
        var runningMax = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            var index = sorted[rank];
            runningMax = Math.Max(runningMax, Math.Min(1, values[index] * (count - rank)));
            adjusted[index] = runningMax;
        }

        return adjusted;
    }

    /// <summary>Which hypotheses are rejected at family-wise level <paramref name="alpha"/> given adjusted p-values.</summary>
    public static bool[] Rejected(ReadOnlySpan<double> adjustedPValues, double alpha = 0.05)
    {
        var rejected = new bool[adjustedPValues.Length];
        for (var i = 0; i < adjustedPValues.Length; i++)
        {
            rejected[i] = adjustedPValues[i] <= alpha;
        }

        return rejected;
    }
}

namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>
/// Quantile bins of an outcome (the original's income quintiles): edges at the k/bins quantiles (numpy's default
/// linear interpolation); bin i holds values in (edge_i, edge_{i+1}], the first bin also its lower edge.
/// </summary>
public sealed record OutcomeIntervals(double[] Edges)
{
    public int Count => Edges.Length - 1;

    public double Lower(int interval) => Edges[interval];

    public double Upper(int interval) => Edges[interval + 1];

    public static OutcomeIntervals FromQuantiles(IReadOnlyList<double> outcomes, int bins)
    {
        if (bins < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(bins), bins, "Need at least one interval.");
        }

        if (outcomes.Count == 0)
        {
            throw new ArgumentException("Cannot bin an empty set of outcomes.", nameof(outcomes));
        }

        var sorted = outcomes.OrderBy(v => v).ToArray();
        var edges = new double[bins + 1];
        for (int k = 0; k <= bins; k++)
        {
            edges[k] = Quantile(sorted, (double)k / bins);
        }

        return new OutcomeIntervals(edges);
    }

    /// <summary>numpy.quantile with method="linear" on sorted values.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        double position = q * (sorted.Count - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Count - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }

    /// <summary>The interval index of a value (values outside the edges go to the nearest end interval).</summary>
    public int IntervalOf(double value)
    {
        for (int i = 1; i < Count; i++)
        {
            if (value <= Edges[i])
            {
                return i - 1;
            }
        }

        return Count - 1;
    }
}

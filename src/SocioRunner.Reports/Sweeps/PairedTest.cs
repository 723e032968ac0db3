using MathNet.Numerics.Distributions;

namespace SocioRunner.Reports.Sweeps;

/// <summary>The paired t-test over seeds (differences a_i - b_i): mean, 95% CI, t and two-sided p.</summary>
public static class PairedTest
{
    public static (double Mean, double? Lower, double? Upper, double? T, double? P) Run(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var differences = a.Zip(b, (x, y) => x - y).ToList();
        int n = differences.Count;
        double mean = differences.Average();
        if (n < 2) return (mean, null, null, null, null);
        double sd = Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / (n - 1));
        double se = sd / Math.Sqrt(n);
        double critical = StudentT.InvCDF(0, 1, n - 1, 0.975);
        if (se == 0) return (mean, mean, mean, null, null);
        double t = mean / se;
        double p = 2 * (1 - StudentT.CDF(0, 1, n - 1, Math.Abs(t)));
        return (mean, mean - critical * se, mean + critical * se, t, p);
    }

    public static (double? Mean, double? Sd) MeanSd(IEnumerable<double?> values)
    {
        var present = values.OfType<double>().ToList();
        if (present.Count == 0) return (null, null);
        double mean = present.Average();
        double? sd = present.Count < 2 ? null : Math.Sqrt(present.Sum(v => (v - mean) * (v - mean)) / (present.Count - 1));
        return (mean, sd);
    }
}

using System.Globalization;

namespace SocioRunner.Reports.Model;

/// <summary>
/// A TCAV effect in outcome units (gradient · (concept mean - negatives' mean), minus the random null's) with its 95%
/// interval and the smallest effect of interest it was tested against (docs/tcav.md, "The effect test").
/// </summary>
public sealed record EffectEstimate(double Difference, double CiLow, double CiHigh, double? MinEffect)
{
    /// <summary>E.g. "+2,574 [+1,902, +3,246]".</summary>
    public string Interval => $"{Signed(Difference)} [{Signed(CiLow)}, {Signed(CiHigh)}]";

    static string Signed(double value) => value.ToString(Math.Abs(value) >= 100 ? "+#,0;-#,0;0" : "+0.###;-0.###;0", CultureInfo.InvariantCulture);

    /// <summary>Reads the effect columns of a tcav_significance.csv or tcav_intervals.csv row (absent or NaN: null).</summary>
    public static EffectEstimate? From(double? difference, double? low, double? high, double? minEffect) =>
        difference is { } d && low is { } l && high is { } h && !double.IsNaN(d) && !double.IsNaN(l) && !double.IsNaN(h)
            ? new EffectEstimate(d, l, h, minEffect is { } m && !double.IsNaN(m) ? m : null)
            : null;
}

using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tests.Tcav.Scoring;

public sealed class EffectTestTests
{
    [Fact]
    public void Known_values_with_and_without_a_margin()
    {
        // d = 2 - 0 = 2; se = sqrt(var [1,2,3] + var [0, 0.1, -0.1] / 3) = sqrt(1 + 0.01 / 3) = 1.00166528; df 2, where the
        // two-sided tail is closed-form: P(|T| > t) = 1 - t / sqrt(t^2 + 2). Margin 0: t = 1.99667498, p = 0.18395665.
        // Margin 0.5: t = 1.5 / se = 1.49750623, p = 0.27296313. t.ppf(0.975, 2) = 4.30265273: interval 2 +- 4.30981785.
        double[] effects = [1, 2, 3], nulls = [0, 0.1, -0.1];

        var plain = EffectTest.Test(effects, nulls, 0);
        var margin = EffectTest.Test(effects, nulls, 0.5);

        Assert.Equal(2, plain.Difference, 12);
        Assert.Equal(1.00166528, plain.StandardError, 8);
        Assert.Equal(0.18395665062589, plain.PValue, 10);
        Assert.Equal(0.27296312644743, margin.PValue, 10);
        Assert.Equal(2 - 4.30981785, plain.CiLow, 6);
        Assert.Equal(2 + 4.30981785, plain.CiHigh, 6);
    }

    [Fact]
    public void An_effect_inside_the_margin_is_never_significant_however_consistent()
    {
        // A distractor the model responds to slightly but consistently: every half-sample says +100 (+-5), the null
        // spreads +-300. Kim's sign-count test over these repeats would be overwhelming; the effect is within 500.
        var effects = Enumerable.Range(0, 50).Select(i => 100.0 + (i % 5 - 2) * 2.5).ToArray();
        var nulls = Enumerable.Range(0, 50).Select(i => (i % 2 == 0 ? 1 : -1) * 300.0).ToArray();

        Assert.Equal(1, EffectTest.Test(effects, nulls, 500).PValue);
        // Without a margin the null mean's uncertainty (300 / sqrt 50 = 42) still leaves +100 at p ~ 0.02: only the margin
        // says "too small to matter".
        Assert.InRange(EffectTest.Test(effects, nulls, 0).PValue, 0.01, 0.05);
    }

    [Fact]
    public void A_large_effect_beyond_the_margin_is_significant()
    {
        var effects = Enumerable.Range(0, 50).Select(i => 7000.0 + (i % 7 - 3) * 300).ToArray();
        var nulls = Enumerable.Range(0, 50).Select(i => (i % 3 - 1) * 400.0).ToArray();

        var result = EffectTest.Test(effects, nulls, 500);

        Assert.True(result.PValue < 1e-6, $"p {result.PValue}");
        Assert.True(result.CiLow > 500);
    }

    [Fact]
    public void Missing_effects_are_not_tested()
    {
        Assert.False(EffectTest.Test(null, [1, 2], 0).Tested);
        Assert.False(EffectTest.Test([1, double.NaN], [1, 2], 0).Tested);
        Assert.False(EffectTest.Test([1, 2], [1], 0).Tested);
    }

    [Fact]
    public void The_spread_of_half_samples_estimates_the_standard_error_of_the_full_set_mean()
    {
        // Why the test divides by the repeats' spread and not by it over sqrt(R): for a fixed set of n values, the means of
        // random halves (without replacement) vary with variance s^2 / (n/2) x (1 - 1/2) = s^2 / n, the squared standard
        // error of the full set's mean.
        var random = new Random(3);
        var values = Enumerable.Range(0, 60).Select(_ => Math.Exp(random.NextDouble() * 3)).ToArray(); // skewed
        double mean = values.Average();
        double s2 = values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
        var halves = Enumerable.Range(0, 20000)
            .Select(_ => values.OrderBy(_ => random.Next()).Take(30).Average())
            .ToArray();
        double halfMean = halves.Average();
        double halfVariance = halves.Sum(h => (h - halfMean) * (h - halfMean)) / (halves.Length - 1);

        Assert.Equal(s2 / values.Length, halfVariance, s2 / values.Length * 0.05); // 20,000 halves: within 5 %
    }

    [Fact]
    public void Significance_needs_both_tests_in_the_same_direction()
    {
        // Sign counts clearly above the null, effect inside the margin: not significant. Same sign counts, large effect: '+'.
        double[] signCounts = [1, 1, 1, 1], nullSignCounts = [0, 0, 0, 1, 0];
        var small = SignificanceTest.Test("avgpool", "small", null, 10, signCounts, [0, 0, 0, 0], nullSignCounts, true,
            [100, 110, 90, 100], [-300, 300, -300, 300, 0], 500);
        var large = SignificanceTest.Test("avgpool", "large", null, 10, signCounts, [0, 0, 0, 0], nullSignCounts, true,
            [7000, 7100, 6900, 7000], [-300, 300, -300, 300, 0], 500);
        var opposite = SignificanceTest.Test("avgpool", "opposite", null, 10, signCounts, [0, 0, 0, 0], nullSignCounts, true,
            [-7000, -7100, -6900, -7000], [-300, 300, -300, 300, 0], 500);

        var results = SignificanceTest.Correct([small, large, opposite], MultipleComparison.None, 0.05);

        Assert.True(results[0].PValue < 0.05, "the sign-count test alone would call it significant");
        Assert.Equal(['0', '+', '0'], results.Select(r => r.Direction));
        Assert.Equal(1, results[2].CombinedPValue);
    }
}

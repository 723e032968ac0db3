namespace SocioRunner.EndToEnd.Tests.Quickstart;

/// <summary>
/// The synthetic city knows what TCAV should find (city/ground_truth.csv and ground_truth_intervals.csv: the expected
/// direction of each concept against its one-vs-all negatives, the quickstart's setting, overall and per income interval,
/// with distractors painted independently of income as true nulls). Checked here on every score the TCAV node
/// reports: no significant result with the wrong sign, no distractor significant (skipped, saying so, when no distractor
/// CAV is decodable: at seed 42 neither is), every non-null overall effect
/// recovered but at most the smallest, the random-vs-random control not significant, and the interaction found (in most
/// intervals where it exists, and as a fall of vegetation's effect in outcome units from the lowest income interval to
/// the highest). Not asserted: that no concept is significant in an income interval where its truth is 0. At seed 42
/// vegetation is, in the fourth quintile (truth +185 €, TCAV +1,880 ± 295 €), and the model's own answer on real inputs
/// (docs/tcav.md, "The model's own answer: block swap": +1,981 ± 735 €) says the trained model has that response; the
/// studies there find such nulls in every model and city variant tried, so asserting it would test the training, not TCAV.
/// Nor is a model that learns the interaction from 800 tiles expected to pass it: even a learner given the exact zone
/// shares and the within-quintile linear form estimates a null cell's effect with a standard error of ~1,900 €, beyond
/// the ~690 € margin in about two thirds of the null cells (docs/tcav.md, "The best a trained model can do").
/// </summary>
[Collection(QuickstartCollection.Name)]
public sealed class TcavGroundTruthTests(QuickstartRun quickstart)
{
    const string Comparison = "one-vs-all";

    IReadOnlyDictionary<string, string> Expected() =>
        QuickstartCsv.Read(quickstart.NodeFile("city", "ground_truth.csv")).ToDictionary(r => r["concept"], r => r["expected_one_vs_all"]);

    IReadOnlyDictionary<(string, int), string> ExpectedPerInterval() =>
        QuickstartCsv.Read(quickstart.NodeFile("city", "ground_truth_intervals.csv")).Where(r => r["comparison"] == Comparison)
            .ToDictionary(r => (r["concept"], int.Parse(r["interval"])), r => r["expected"]);

    IReadOnlyList<IReadOnlyDictionary<string, string>> Overall() => QuickstartCsv.Read(quickstart.NodeFile("tcav", "tcav_significance.csv"));

    IReadOnlyList<IReadOnlyDictionary<string, string>> Intervals() => QuickstartCsv.Read(quickstart.NodeFile("tcav", "tcav_intervals.csv"));

    static string Describe(IReadOnlyDictionary<string, string> row, string expected) =>
        $"{row["concept"]}{(row.TryGetValue("interval", out var k) ? $" interval {k}" : "")}: expected {expected}, TCAV {row["direction"]} "
        + $"(sign count {row.Number("sign_count_mean"):F3} vs null {row.Number("random_mean"):F3}, effect {row.Number("effect_difference"):F0} "
        + $"+- {row.Number("effect_se"):F0} against min_effect {row.Number("min_effect"):F0}, p_adj {row.Number("p_adjusted"):g3})";

    [Fact]
    public void The_random_vs_random_control_is_not_significant_overall_or_in_any_interval()
    {
        Assert.True(quickstart.ExitCode == 0, quickstart.Output);
        var control = Overall().Concat(Intervals()).Where(r => r["concept"] == "random_control").ToList();
        Assert.Equal(6, control.Count);
        Assert.All(control, r => Assert.False(r["significant"] == "true", "control significant: " + Describe(r, "0")));
    }

    // Was a known failure with integrated gradients from a zero activation (agriculture '+' in the lowest interval, where
    // the value weights the CAV by the tile's own activation); the quickstart now scores with the gradient (docs/tcav.md).
    [Fact]
    public void No_significant_result_has_the_wrong_sign_overall_or_in_any_interval()
    {
        var expected = Expected();
        var perInterval = ExpectedPerInterval();
        var wrong = Overall().Where(r => expected.ContainsKey(r["concept"]))
            .Select(r => (Row: r, Expected: expected[r["concept"]]))
            .Concat(Intervals().Where(r => expected.ContainsKey(r["concept"])).Select(r => (Row: r, Expected: perInterval[(r["concept"], int.Parse(r["interval"]))])))
            .Where(x => x.Row["significant"] == "true" && x.Expected is "+" or "-" && x.Row["direction"] != x.Expected)
            .Select(x => Describe(x.Row, x.Expected)).ToList();

        Assert.True(wrong.Count == 0, "significant with the wrong sign: " + string.Join("; ", wrong));
    }

    // A distractor whose CAV is not decodable is shown as such and not scored (direction "?", no test). When no
    // distractor is decodable (both, at the quickstart's seed 42: docs/tcav.md) there is no null to test, and the test
    // says so as a skip instead of passing on nothing.
    [SkippableFact]
    public void No_distractor_is_significant_overall_or_in_any_interval()
    {
        var distractors = QuickstartCsv.Read(quickstart.NodeFile("city", "ground_truth.csv")).Where(r => r["kind"] == "distractor").Select(r => r["concept"]).ToHashSet();
        var rows = Overall().Concat(Intervals()).Where(r => distractors.Contains(r["concept"])).ToList();

        Assert.Equal(distractors.Count * 6, rows.Count);
        var significant = rows.Where(r => r["significant"] == "true").Select(r => Describe(r, "0")).ToList();
        Assert.True(significant.Count == 0, "distractor (placed independently of income) significant: " + string.Join("; ", significant));
        Assert.All(rows.Where(r => r["decodable"] != "true"), r => Assert.True(r["direction"] == "?", $"{r["concept"]}: not decodable but scored {r["direction"]}"));
        var overall = Overall().Where(r => distractors.Contains(r["concept"])).ToList();
        Skip.If(rows.All(r => r["decodable"] != "true"), "no distractor CAV is decodable at block2 in this run (CAV accuracy "
            + string.Join(", ", overall.Select(r => $"{r["concept"]} {r.Number("cav_accuracy"):F3}, balanced {r.Number("cav_balanced_accuracy"):F3}")) + "): shown as not decodable and not scored, so no null was tested");
    }

    // With 7 effects one run can only show 7/7 or 6/7. The effect study (docs/tcav.md, 5 city seeds, block2, min_effect
    // 0.1) recovers 29 of 35, the misses being mostly agriculture, the effect the truth makes smallest (a relative
    // -1.0k at seed 42, measured -609 +- 184 against the 714 margin). One run is held to: at most one effect missed, and
    // only the smallest. Any other effect missed, or two, fails.
    [Fact]
    public void Every_non_null_effect_is_recovered_except_at_most_the_smallest()
    {
        var expected = Expected();
        var differences = QuickstartCsv.Read(quickstart.NodeFile("city", "ground_truth.csv"))
            .ToDictionary(r => r["concept"], r => Math.Abs(r.Number("difference_one_vs_all")));
        var nonNull = Overall().Where(r => expected.TryGetValue(r["concept"], out var e) && e != "0").ToList();
        var missed = nonNull.Where(r => !(r["significant"] == "true" && r["direction"] == expected[r["concept"]])).ToList();
        string smallest = nonNull.MinBy(r => differences[r["concept"]])!["concept"];

        Assert.True(nonNull.Count >= 5, $"only {nonNull.Count} non-null effects in the truth");
        Assert.True(missed.Count == 0 || (missed.Count == 1 && missed[0]["concept"] == smallest),
            $"recovered {nonNull.Count - missed.Count} of {nonNull.Count} (smallest effect: {smallest}); missed: "
            + string.Join("; ", missed.Select(r => Describe(r, expected[r["concept"]]))));
    }

    [Fact]
    public void The_truth_has_distractors_and_an_interaction_that_differs_between_intervals()
    {
        var truth = QuickstartCsv.Read(quickstart.NodeFile("city", "ground_truth.csv"));
        Assert.Contains(truth, r => r["kind"] == "distractor" && r["expected_one_vs_all"] == "0");
        var vegetation = ExpectedPerInterval().Where(e => e.Key.Item1 == "vegetation").Select(e => e.Value).ToHashSet();
        Assert.True(vegetation.Count > 1, "vegetation's interval truth is the same in every interval: no interaction to recover");
    }

    // The quickstart scores at block2, below the last non-linearities, where an input's gradient (and so a per-interval
    // score) depends on the input; at the pooled layer of a linear probe every interval would repeat the overall score.
    // The effect study (docs/tcav.md, 5 seeds) finds vegetation significant in most intervals where its effect exists.
    [Fact]
    public void The_interaction_is_found_in_most_intervals_where_the_truth_says_it_exists()
    {
        var perInterval = ExpectedPerInterval();
        var vegetation = Intervals().Where(r => r["concept"] == "vegetation").ToList();
        var exists = vegetation.Where(r => perInterval[("vegetation", int.Parse(r["interval"]))] is "+" or "-").ToList();
        int recovered = exists.Count(r => r["significant"] == "true" && r["direction"] == perInterval[("vegetation", int.Parse(r["interval"]))]);

        Assert.True(exists.Count >= 2, $"vegetation's effect exists in {exists.Count} interval(s) only");
        Assert.True(2 * recovered >= exists.Count, $"vegetation's effect is recovered in {recovered} of the {exists.Count} intervals where it exists: "
            + string.Join("; ", vegetation.Select(r => Describe(r, perInterval[("vegetation", int.Parse(r["interval"]))]))));
    }

    [Fact]
    public void The_measured_vegetation_effect_falls_from_the_lowest_income_interval_to_the_highest_as_the_truth_does()
    {
        // The interaction's shape in outcome units: the truth's vegetation difference is largest in the lowest interval and
        // about 0 in the highest; the model's effect must fall by more than two standard errors of the difference.
        var truth = QuickstartCsv.Read(quickstart.NodeFile("city", "ground_truth_intervals.csv"))
            .Where(r => r["comparison"] == Comparison && r["concept"] == "vegetation").OrderBy(r => int.Parse(r["interval"])).ToList();
        var measured = Intervals().Where(r => r["concept"] == "vegetation").OrderBy(r => int.Parse(r["interval"])).ToList();
        var (low, high) = (measured[0], measured[^1]);
        double drop = low.Number("effect_difference") - high.Number("effect_difference");
        double error = Math.Sqrt(Math.Pow(low.Number("effect_se"), 2) + Math.Pow(high.Number("effect_se"), 2));

        Assert.True(truth[0].Number("difference") > truth[^1].Number("difference") + 1000, "the truth has no falling vegetation effect to recover");
        Assert.True(drop > 2 * error, $"vegetation effect {Describe(low, truth[0]["expected"])} vs {Describe(high, truth[^1]["expected"])}: "
            + $"drop {drop:F0}, 2 x se {2 * error:F0}");
    }
}

using System.Globalization;

namespace SocioRunner.EndToEnd.Tests.Quickstart;

/// <summary>
/// The synthetic city's outcome function is known (city/ground_truth.csv), so TCAV on the quickstart can be checked
/// against the truth: the paper's claim is that concept sensitivities have the sign of the concept's effect.
/// </summary>
[Collection(QuickstartCollection.Name)]
public sealed class TcavGroundTruthTests(QuickstartRun quickstart)
{
    sealed record Significance(string Concept, bool Significant, string Direction, double PAdjusted);

    Dictionary<string, double> Truth() =>
        File.ReadLines(quickstart.NodeFile("city", "ground_truth.csv")).Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(cells => cells[0], cells => double.Parse(cells[1], CultureInfo.InvariantCulture));

    Dictionary<string, Significance> Results()
    {
        var lines = File.ReadAllLines(quickstart.NodeFile("tcav", "tcav_significance.csv"));
        var header = lines[0].Split(',').Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);
        return lines.Skip(1).Select(line => line.Split(',')).ToDictionary(
            cells => cells[header["concept"]],
            cells => new Significance(cells[header["concept"]], bool.Parse(cells[header["significant"]]), cells[header["direction"]],
                double.Parse(cells[header["p_adjusted"]], CultureInfo.InvariantCulture)));
    }

    static string ExpectedDirection(double effect) => effect > 0 ? "+" : effect < 0 ? "-" : "0";

    [Fact]
    public void The_random_vs_random_control_is_not_significant()
    {
        Assert.True(quickstart.ExitCode == 0, quickstart.Output);
        Assert.False(Results()["random_control"].Significant, "random-vs-random control came out significant: the test is miscalibrated");
    }

    [Fact]
    public void No_significant_concept_has_the_wrong_sign()
    {
        var results = Results();
        foreach (var (concept, effect) in Truth())
        {
            var result = results[concept];
            if (result.Significant && effect != 0)
                Assert.True(result.Direction == ExpectedDirection(effect), $"{concept}: true effect {effect}, TCAV direction {result.Direction} (p_adj {result.PAdjusted:g3})");
        }
    }

    [Fact]
    public void Every_concept_with_a_true_effect_is_significant_with_the_right_sign()
    {
        var results = Results();
        var misses = Truth().Where(t => t.Value != 0)
            .Where(t => !(results[t.Key].Significant && results[t.Key].Direction == ExpectedDirection(t.Value)))
            .Select(t => $"{t.Key} (effect {t.Value}, direction {results[t.Key].Direction}, p_adj {results[t.Key].PAdjusted:g3})")
            .ToList();
        Assert.True(misses.Count == 0, "not recovered: " + string.Join("; ", misses));
    }
}

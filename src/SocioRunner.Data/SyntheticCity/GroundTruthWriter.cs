using SocioRunner.Core.Tables;
using SocioRunner.Data.Internal;

namespace SocioRunner.Data.SyntheticCity;

/// <summary>
/// Writes what TCAV should find, per concept and comparison: <c>ground_truth.csv</c> (overall) and
/// <c>ground_truth_intervals.csv</c> (per income quintile). TCAV measures a relative effect: the model's sensitivity along
/// the direction from the negatives to the concept images. So the truth is the outcome function's change from the
/// negatives' mean zone shares to the concept images' mean shares, sum over zones of (share_concept - share_negatives) x
/// the zone's marginal effect, the effect averaged over the labelled tiles (overall) or over the tiles of one income
/// quintile (per interval; it differs between intervals only with the interaction). Concept images are the patches
/// generated as that concept (or distractor); the one-vs-all negatives are the other concepts, balanced (mean of their
/// means); the random pool is approximated by the whole patch population. A difference within ±<see cref="Margin"/>, or
/// within two standard errors of the difference between the two image sets' mean outcomes (a difference that finite
/// concept sets cannot pin down), is a null (<c>0</c>): no significant result is expected either way.
/// </summary>
internal static class GroundTruthWriter
{
    public const string MixedKind = "mixed";

    /// <summary>Differences smaller than this (euros, about a tenth of the income's standard deviation) are nulls.</summary>
    public const double Margin = 500;

    const int Intervals = 5;

    public static void Write(string outDir, IReadOnlyList<PatchTruth> patches, IReadOnlyList<SyntheticCityGenerator.TileTruth> labelled)
    {
        var members = patches.Where(p => p.Kind != MixedKind).GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => (IReadOnlyList<PatchTruth>)g.ToList());
        var groups = members.ToDictionary(g => g.Key, g => MeanShares(g.Value));
        var names = Zones.Concepts.Select(z => z.ConceptName()).Concat(Distractors.All.Select(d => d.ConceptName())).Where(groups.ContainsKey).ToArray();
        var population = MeanShares(patches);
        var incomes = labelled.Select(t => t.Income).Order().ToArray();
        var edges = Enumerable.Range(0, Intervals + 1).Select(k => Quantile(incomes, (double)k / Intervals)).ToArray();
        var overallEffects = MeanEffects(labelled);
        var intervalEffects = Enumerable.Range(0, Intervals)
            .Select(k => MeanEffects(labelled.Where(t => IntervalOf(t.Income, edges) == k).ToList())).ToArray();

        var overall = new List<IReadOnlyList<string>>();
        var perInterval = new List<IReadOnlyList<string>>();
        foreach (var name in names)
        {
            var concept = groups[name];
            var others = Average(names.Where(n => n != name).Select(n => groups[n]).ToList());
            var comparisons = new[] { ("random", population), ("one-vs-all", others) };
            var errors = new[]
            {
                StandardError(members[name], [patches], overallEffects),
                StandardError(members[name], names.Where(n => n != name).Select(n => members[n]).ToList(), overallEffects),
            };
            var zone = Zones.Concepts.FirstOrDefault(z => z.ConceptName() == name, Zone.BareSoil);
            bool distractor = zone == Zone.BareSoil;
            var row = new List<string> { name, CsvWriter.Number(distractor ? 0 : IncomeFunction.Effect(zone)), distractor ? "distractor" : "concept" };
            for (int c = 0; c < comparisons.Length; c++)
            {
                double difference = Difference(concept, comparisons[c].Item2, overallEffects);
                row.Add(CsvWriter.Number(Math.Round(difference, 1)));
                row.Add(Direction(difference, errors[c]));
            }

            overall.Add(row);
            for (int c = 0; c < comparisons.Length; c++)
                for (int k = 0; k < Intervals; k++)
                {
                    double difference = Difference(concept, comparisons[c].Item2, intervalEffects[k]);
                    perInterval.Add([name, comparisons[c].Item1, k.ToString(), CsvWriter.Number(edges[k]), CsvWriter.Number(edges[k + 1]),
                        CsvWriter.Number(Math.Round(difference, 1)), Direction(difference, errors[c])]);
                }
        }

        CsvTable.Write(Path.Combine(outDir, "ground_truth.csv"),
            ["concept", "effect", "kind", "difference_vs_random", "expected_vs_random", "difference_one_vs_all", "expected_one_vs_all"], overall);
        CsvTable.Write(Path.Combine(outDir, "ground_truth_intervals.csv"),
            ["concept", "comparison", "interval", "lower", "upper", "difference", "expected"], perInterval);
    }

    static string Direction(double difference, double standardError)
    {
        double margin = Math.Max(Margin, 2 * standardError);
        return difference > margin ? "+" : difference < -margin ? "-" : "0";
    }

    /// <summary>
    /// Standard error of (mean outcome of the concept's patches) - (balanced mean over the negative groups' means), with
    /// each patch's outcome the zones' marginal effects times its shares.
    /// </summary>
    static double StandardError(IReadOnlyList<PatchTruth> concept, IReadOnlyList<IReadOnlyList<PatchTruth>> negativeGroups, Dictionary<Zone, double> effects)
    {
        static double VarianceOfMean(IReadOnlyList<PatchTruth> patches, Dictionary<Zone, double> effects)
        {
            if (patches.Count < 2) return 0;
            var outcomes = patches.Select(p => Zones.All.Sum(z => p.Shares[z] * effects[z])).ToArray();
            double mean = outcomes.Average();
            return outcomes.Sum(o => (o - mean) * (o - mean)) / (outcomes.Length - 1) / outcomes.Length;
        }

        double negatives = negativeGroups.Sum(g => VarianceOfMean(g, effects)) / Math.Max(1, negativeGroups.Count * negativeGroups.Count);
        return Math.Sqrt(VarianceOfMean(concept, effects) + negatives);
    }

    static double Difference(Dictionary<Zone, double> concept, Dictionary<Zone, double> negatives, Dictionary<Zone, double> effects) =>
        Zones.All.Sum(z => (concept[z] - negatives[z]) * effects[z]);

    static Dictionary<Zone, double> MeanShares(IReadOnlyList<PatchTruth> patches) =>
        Zones.All.ToDictionary(z => z, z => patches.Count == 0 ? 0 : patches.Average(p => p.Shares[z]));

    static Dictionary<Zone, double> Average(IReadOnlyList<Dictionary<Zone, double>> groups) =>
        Zones.All.ToDictionary(z => z, z => groups.Average(g => g[z]));

    static Dictionary<Zone, double> MeanEffects(IReadOnlyList<SyntheticCityGenerator.TileTruth> tiles) =>
        Zones.All.ToDictionary(z => z, z => tiles.Count == 0 ? IncomeFunction.Effect(z) : tiles.Average(t => t.MarginalEffects[z]));

    /// <summary>numpy's linear quantile (as TCAV bins its inputs).</summary>
    static double Quantile(double[] sorted, double q)
    {
        double position = q * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    static int IntervalOf(double value, double[] edges)
    {
        for (int i = 1; i < edges.Length - 1; i++)
            if (value <= edges[i]) return i - 1;
        return edges.Length - 2;
    }
}

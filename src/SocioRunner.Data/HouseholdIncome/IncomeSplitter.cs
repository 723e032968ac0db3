using SocioRunner.Data.Internal;

namespace SocioRunner.Data.HouseholdIncome;

/// <summary>The original's split: income quintile classes (0..4 by rank), then stratified train+val / test, then
/// stratified train / val, each class shuffled with a seed.</summary>
public static class IncomeSplitter
{
    public const int Classes = 5;

    public static Dictionary<string, List<IncomeTile>> Split(IReadOnlyList<IncomeTile> tiles, int seed, double testFraction, double valFraction)
    {
        var ranked = tiles.OrderBy(t => t.Income).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        var classed = ranked.Select((t, rank) => t with { IncomeClass = Math.Min(Classes - 1, rank * Classes / ranked.Count) }).ToList();
        var splits = new Dictionary<string, List<IncomeTile>> { ["train"] = [], ["val"] = [], ["test"] = [] };
        foreach (var group in classed.GroupBy(t => t.IncomeClass).OrderBy(g => g.Key))
        {
            var rng = SeedMix.Random(seed, group.Key);
            var members = group.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray();
            rng.Shuffle(members);
            int test = (int)Math.Round(members.Length * testFraction);
            int val = (int)Math.Round((members.Length - test) * valFraction);
            splits["test"].AddRange(members.Take(test));
            splits["val"].AddRange(members.Skip(test).Take(val));
            splits["train"].AddRange(members.Skip(test + val));
        }
        foreach (var list in splits.Values) list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return splits;
    }
}

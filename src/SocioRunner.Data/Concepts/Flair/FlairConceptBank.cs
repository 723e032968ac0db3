namespace SocioRunner.Data.Concepts.Flair;

/// <summary>The paper's concept bank as FLAIR rules (tuned on the synthetic city; see docs/data.md).</summary>
public static class FlairConceptBank
{
    static ConceptRule Rule(double min, double max, params int[] classes) => new() { Classes = [.. classes], Min = min, Max = max };

    public static Dictionary<string, List<ConceptRule>> Default() => new(StringComparer.Ordinal)
    {
        ["impervious"] = [Rule(0.6, 1.0, 3), Rule(0, 0.1, 1)],
        ["vegetation"] = [Rule(0.35, 1.0, 6, 7), Rule(0.7, 1.0, 6, 7, 8, 10)],
        ["dense_residential"] = [Rule(0.45, 1.0, 1)],
        ["medium_residential"] = [Rule(0.18, 0.42, 1), Rule(0.2, 1.0, 2, 10)],
        ["sparse_residential"] = [Rule(0.02, 0.18, 1), Rule(0.5, 1.0, 2, 6, 7, 10, 13), Rule(0, 0.3, 6, 7)],
        ["agriculture"] = [Rule(0.6, 1.0, 11, 12)],
        ["water"] = [Rule(0.6, 1.0, 5)],
    };
}

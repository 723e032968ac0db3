using SocioRunner.Core.Experiments;

namespace SocioRunner.Core.Sweeps;

/// <summary>Expands a definition into members: every variant x every grid combination, the last axis varying fastest.</summary>
public static class SweepExpander
{
    public static IReadOnlyList<SweepMember> Expand(SweepDefinition definition)
    {
        IReadOnlyList<IReadOnlyList<Override>> combinations = [[]];
        foreach (var axis in definition.Grid)
            combinations = combinations
                .SelectMany(prefix => axis.Values.Select(value => (IReadOnlyList<Override>)[.. prefix, new Override(axis.Path, value, value.Location)]))
                .ToList();
        IReadOnlyList<IReadOnlyList<Override>> variants = definition.Variants.Count > 0 ? definition.Variants : [[]];
        return variants
            .SelectMany(variant => combinations.Select(combination => (IReadOnlyList<Override>)[.. variant, .. combination]))
            .Select((values, index) => new SweepMember(index, values))
            .ToList();
    }
}

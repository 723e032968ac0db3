namespace SocioRunner.Reports.Model;

/// <summary>What a data node produced, from its summary file (synthetic_city.json, dataset.json or concepts.json).</summary>
/// <param name="Source">The file the facts were read from.</param>
public sealed record DatasetSummary(string NodeId, string Kind, string Source, IReadOnlyList<Fact> Facts)
{
    /// <summary>Concept sets, for a concepts artifact.</summary>
    public IReadOnlyList<ConceptSet> Concepts { get; init; } = [];

    /// <summary>Concepts a concepts node had to drop (too few matching patches, ...).</summary>
    public IReadOnlyList<string> Dropped { get; init; } = [];
}

using System.ComponentModel.DataAnnotations;

namespace SocioRunner.Data.Concepts.Flair;

/// <summary>Options of <c>concepts/flair</c>.</summary>
public sealed record FlairConceptsOptions
{
    /// <summary>Folder searched recursively for <c>IMG_*.tif</c> and <c>MSK_*.tif</c>; not needed with the <c>raw</c> input (then <c>&lt;raw&gt;/flair</c>).</summary>
    public string? Root { get; init; }

    /// <summary>Concept name to its rules; a patch belongs to a concept when all its rules hold. Default: the paper's bank.</summary>
    public Dictionary<string, List<ConceptRule>> Concepts { get; init; } = FlairConceptBank.Default();

    /// <summary>At most this many patches per concept (a seeded sample when more match).</summary>
    [Range(1, 100_000)] public int MaxPerConcept { get; init; } = 60;

    /// <summary>
    /// Also write this many random patches (a seeded sample of the patches not chosen as any concept's example) to
    /// <c>random/</c>: TCAV's random sets from the concepts' own source. 0 writes none.
    /// </summary>
    [Range(0, 100_000)] public int RandomImages { get; init; } = 200;
}

using System.Text.Json.Serialization;
using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.CavBanks;

/// <summary>
/// Every CAV of one layer, built so that each reported score has a null from the same construction (Kim et al. 2018).
/// <see cref="Concepts"/>: per concept, R CAVs against freshly resampled negatives (one-vs-all: a balanced sample of the
/// other concepts; random: a random set from the random pool); the first is the "main" CAV of the per-input files.
/// <see cref="Null"/>: R random-vs-random CAVs from the same pool the negatives come from (one-vs-all: the union of the
/// concept images; random: the random pool), with the same set sizes. <see cref="Control"/>: R further, independent
/// random-vs-random CAVs tested like a concept (should come out not significant: a check that the test is calibrated).
/// </summary>
/// <param name="NegativeSource">What the negatives were, in words (recorded in the CSVs and the report).</param>
/// <param name="NullSource">What the null's two sets were drawn from, in words.</param>
public sealed record CavBank(
    string Layer,
    NegativeSetting Setting,
    string NegativeSource,
    string NullSource,
    IReadOnlyList<ConceptCavs> Concepts,
    IReadOnlyList<ConceptActivationVector> Null,
    IReadOnlyList<ConceptActivationVector> Control)
{
    /// <summary>Name under which the random-vs-random control appears in the significance table.</summary>
    public const string ControlName = "random_control";

    /// <summary>Name of the null's rows in tcav_repeats.csv.</summary>
    public const string NullName = "random";

    /// <summary>One CAV per concept: the first of its repeats.</summary>
    [JsonIgnore]
    public IReadOnlyList<ConceptActivationVector> Main => Concepts.Select(c => c.Cavs[0]).ToArray();

    [JsonIgnore]
    public int RepeatCount => Null.Count;
}

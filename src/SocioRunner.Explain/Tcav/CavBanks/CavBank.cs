using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.CavBanks;

/// <summary>
/// Every CAV of one layer. <see cref="Main"/>: one per concept in the chosen setting (the scores and files of the original).
/// For significance (Kim et al.), with R repeats: <see cref="Repeats"/> holds each concept's CAVs against R fresh random sets,
/// <see cref="RandomBaseline"/> R random-vs-random CAVs (the null distribution) and <see cref="Control"/> R further, independent
/// random-vs-random CAVs tested like a concept (a negative control that should come out not significant).
/// </summary>
public sealed record CavBank(
    string Layer,
    IReadOnlyList<ConceptActivationVector> Main,
    IReadOnlyDictionary<string, IReadOnlyList<ConceptActivationVector>> Repeats,
    IReadOnlyList<ConceptActivationVector> RandomBaseline,
    IReadOnlyList<ConceptActivationVector> Control)
{
    /// <summary>Name under which the random-vs-random control appears in the significance table.</summary>
    public const string ControlName = "random_control";

    public int RepeatCount => RandomBaseline.Count;
}

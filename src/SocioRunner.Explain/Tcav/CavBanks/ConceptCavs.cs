using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.CavBanks;

/// <summary>A concept's CAVs, one per repeat (resampled negatives, own seed); at least one.</summary>
public sealed record ConceptCavs(string Concept, IReadOnlyList<ConceptActivationVector> Cavs);

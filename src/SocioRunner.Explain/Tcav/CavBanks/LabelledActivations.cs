namespace SocioRunner.Explain.Tcav.CavBanks;

/// <summary>Flattened layer activations (one row per image) of a named image set.</summary>
public sealed record LabelledActivations(string Name, IReadOnlyList<float[]> Rows);

namespace SocioRunner.Data.SyntheticCity;

/// <summary>What a FLAIR patch was generated as: its kind (a concept zone, <c>mixed</c> or a distractor) and its zone shares.</summary>
internal sealed record PatchTruth(string Image, string Kind, Dictionary<Zone, double> Shares);

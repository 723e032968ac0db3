namespace SocioRunner.Reports.Model;

/// <summary>One concept image set: its name, how many images matched, and the rules that selected them.</summary>
public sealed record ConceptSet(string Name, int Count, string Rules);

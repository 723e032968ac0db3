namespace SocioRunner.Reports.Plots;

/// <summary>One concept's TCAV value for each point of a t-SNE map (NaN where unknown).</summary>
public sealed record ConceptValues(string Concept, IReadOnlyList<double> Values);

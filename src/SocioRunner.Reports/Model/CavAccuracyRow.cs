namespace SocioRunner.Reports.Model;

/// <summary>How well a concept's linear classifier separates concept from negative activations (held-out split).</summary>
public sealed record CavAccuracyRow(string Concept, string Layer, double Accuracy, double? F1);

namespace SocioRunner.Reports.Plots;

/// <summary>The t-SNE map of test embeddings (tsne_joined.csv): coordinates, outcome, and each concept's per-input TCAV value.</summary>
public sealed record TsneMap(
    string NodeId, IReadOnlyList<double> X, IReadOnlyList<double> Y, IReadOnlyList<double> Labels,
    IReadOnlyList<ConceptValues> Concepts);

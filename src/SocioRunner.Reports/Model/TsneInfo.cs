namespace SocioRunner.Reports.Model;

/// <summary>A t-SNE node's settings and quality figures (tsne.json) and how many points its map holds.</summary>
public sealed record TsneInfo(string NodeId, IReadOnlyList<Fact> Facts, int Points);

namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>The k nearest neighbours of every point, nearest first, in flat row-major arrays (row i at [i*k, (i+1)*k)).</summary>
internal sealed record NeighborLists(int[] Indices, float[] SquaredDistances, int PointCount, int NeighborCount);

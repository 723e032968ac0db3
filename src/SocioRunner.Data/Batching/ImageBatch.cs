namespace SocioRunner.Data.Batching;

/// <summary>One batch: ids, labels and <c>views</c> float arrays of Count*3*Size*Size (CHW per image, after transforms).</summary>
public sealed record ImageBatch(string[] Ids, float[] Labels, IReadOnlyList<float[]> Views, int Count, int Size);

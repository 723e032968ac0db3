namespace SocioRunner.Models.Training;

/// <summary>One batch as the trainers consume it: one or more views of <see cref="Count"/> images, each
/// <c>Count * 3 * Size * Size</c> normalized CHW floats.</summary>
public sealed record TrainingBatch(string[] Ids, float[] Labels, IReadOnlyList<float[]> Views, int Count, int Size);

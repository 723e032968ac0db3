using static TorchSharp.torch;

namespace SocioRunner.Models.Training;

/// <summary>
/// One batch as the trainers consume it: one or more views of <see cref="Count"/> images, each an [N, 3, S, S] float
/// tensor on the training device (augmented and normalised). The batch owns its views: dispose it after the step.
/// </summary>
public sealed class TrainingBatch(string[] ids, float[] labels, IReadOnlyList<Tensor> views, int count, int size) : IDisposable
{
    public string[] Ids => ids;
    public float[] Labels => labels;
    public IReadOnlyList<Tensor> Views => views;
    public int Count => count;
    public int Size => size;

    public void Dispose()
    {
        foreach (var view in views) view.Dispose();
    }
}

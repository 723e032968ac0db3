namespace SocioRunner.Data.Batching;

/// <summary>
/// One batch before augmentation: ids, labels, the decoded tiles as 8-bit CHW (<c>Count * 3 * Size * Size</c> bytes) and
/// one <see cref="AugmentationPlan"/> per view and image (<c>Plans[view][image]</c>). Training applies the plans as
/// batched tensor operations on its device; <see cref="ReferenceView"/> applies them in managed code.
/// </summary>
public sealed record ImageBatch(string[] Ids, float[] Labels, byte[] Pixels, IReadOnlyList<AugmentationPlan[]> Plans, int Count, int Size)
{
    public int Views => Plans.Count;

    /// <summary>One view as floats (CHW per image) by the managed reference transforms.</summary>
    public float[] ReferenceView(int view)
    {
        int pixels = 3 * Size * Size;
        var output = new float[Count * pixels];
        for (int i = 0; i < Count; i++)
        {
            var image = Images.Rgb8.ToUnit(Pixels.AsSpan(i * pixels, pixels));
            ImageTransforms.Apply(image, Size, Plans[view][i]).CopyTo(output, i * pixels);
        }
        return output;
    }
}

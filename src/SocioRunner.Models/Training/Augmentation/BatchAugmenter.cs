using SocioRunner.Models.TorchSafety;
using SocioRunner.Data.Batching;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Training.Augmentation;

/// <summary>
/// Turns an <see cref="ImageBatch"/> (8-bit tiles + drawn plans) into float views on the training device. On a GPU
/// (or with <paramref name="batchedOnCpu"/>) the bytes are uploaded once, scaled to [0,1] and every view's plans run as
/// batched tensor operations there (images that drew the same operation are processed together). On the CPU the
/// fused per-image transforms (<see cref="FusedImageTransforms"/>, in parallel over images) are used instead: measured
/// here they need a fraction of the CPU time of the unfused tensor operations (docs/benchmarks-data.md). The fused
/// transforms give the managed reference's values bit for bit, the tensor path the same to float rounding
/// (BatchAugmenterTests, FusedImageTransformsTests).
/// </summary>
public sealed class BatchAugmenter(Device device, bool batchedOnCpu = false)
{
    readonly RandAugmentTensors randAugment = new(device);

    /// <summary>True when the plans run as tensor operations on the device.</summary>
    public bool Batched => batchedOnCpu || device.type != TorchSharp.DeviceType.CPU;

    /// <summary>The batch as a <see cref="TrainingBatch"/> whose views belong to the caller (dispose the batch).</summary>
    public TrainingBatch Finish(ImageBatch batch)
    {
        if (!Batched) return FinishManaged(batch);
        using var guard = no_grad();
        using var scope = NewDisposeScope();
        var unit = Upload(batch);
        var views = new Tensor[batch.Views];
        for (int v = 0; v < views.Length; v++) views[v] = Apply(unit, batch.Plans[v]);
        foreach (var view in views) view.DetachFromDisposeScope();
        return new TrainingBatch(batch.Ids, batch.Labels, views, batch.Count, batch.Size);
    }

    /// <summary>The CPU path: each view rendered by <see cref="FusedImageTransforms"/> straight into an uninitialised array
    /// that then backs the view's tensor (no clone), in parallel over the images.</summary>
    TrainingBatch FinishManaged(ImageBatch batch)
    {
        int pixels = 3 * batch.Size * batch.Size;
        var arrays = Enumerable.Range(0, batch.Views).Select(_ => GC.AllocateUninitializedArray<float>(batch.Count * pixels)).ToArray();
        Parallel.For(0, batch.Count, i =>
        {
            var tile = batch.Pixels.AsSpan(i * pixels, pixels);
            for (int v = 0; v < arrays.Length; v++) FusedImageTransforms.Render(tile, batch.Size, batch.Plans[v][i], arrays[v].AsSpan(i * pixels, pixels));
        });
        var views = arrays.Select(array =>
        {
            using var flat = frombuffer(array, ScalarType.Float32); // shares (and pins) the array
            return flat.view(batch.Count, 3, batch.Size, batch.Size);
        }).ToArray();
        return new TrainingBatch(batch.Ids, batch.Labels, views, batch.Count, batch.Size);
    }

    /// <summary>[N, 3, S, S] floats in [0,1] on the device (bytes cross to the device, not floats).</summary>
    public Tensor Upload(ImageBatch batch)
    {
        var bytes = tensor(batch.Pixels, [batch.Count, 3, batch.Size, batch.Size], ScalarType.Byte);
        return bytes.to(device).to_type(ScalarType.Float32).mul_(AugmentConstants.InverseByte);
    }

    /// <summary>Applies one plan per image of <paramref name="unit"/> (not changed) and returns the augmented copy.</summary>
    public Tensor Apply(Tensor unit, IReadOnlyList<AugmentationPlan> plans)
    {
        using var scope = NewDisposeScope();
        var x = unit.clone();
        FlipWhere(x, plans, p => p.FlipHorizontal, dim: 3);
        FlipWhere(x, plans, p => p.FlipVertical, dim: 2);
        int steps = plans.Count == 0 ? 0 : plans.Max(p => p.Steps.Count);
        for (int k = 0; k < steps; k++)
        {
            int step = k;
            var groups = Enumerable.Range(0, plans.Count).Where(i => step < plans[i].Steps.Count && plans[i].Steps[step].Operation != AugmentOperation.Identity)
                .GroupBy(i => plans[i].Steps[step].Operation);
            foreach (var group in groups)
            {
                int[] members = group.ToArray();
                var selected = members.Select(i => plans[i].Steps[step]).ToArray();
                Update(x, members, sub => randAugment.Apply(sub, group.Key, selected));
            }
        }
        Erase(x, plans);
        MinMax(x, plans);
        return x.MoveToOuterDisposeScope();
    }

    void FlipWhere(Tensor x, IReadOnlyList<AugmentationPlan> plans, Func<AugmentationPlan, bool> flip, long dim)
    {
        int[] members = Enumerable.Range(0, plans.Count).Where(i => flip(plans[i])).ToArray();
        if (members.Length > 0) Update(x, members, sub => sub.flip(dim));
    }

    /// <summary>Replaces the images <paramref name="members"/> of <paramref name="x"/> by <paramref name="op"/> of them.</summary>
    void Update(Tensor x, int[] members, Func<Tensor, Tensor> op)
    {
        using var scope = NewDisposeScope();
        if (members.Length == x.shape[0] && members.Select((m, i) => m == i).All(b => b)) { x.copy_(op(x)); return; }
        var index = tensor(members.Select(m => (long)m).ToArray()).to(device);
        x.index_copy_(0, index, op(x.index_select(0, index)));
    }

    void Erase(Tensor x, IReadOnlyList<AugmentationPlan> plans)
    {
        if (!plans.Any(p => p.Erase is not null)) return;
        using var scope = NewDisposeScope();
        long size = x.shape[2];
        var boxes = new long[plans.Count * 4];
        for (int i = 0; i < plans.Count; i++)
            if (plans[i].Erase is { } b) { boxes[4 * i] = b.Y; boxes[4 * i + 1] = b.Y + b.Height; boxes[4 * i + 2] = b.X; boxes[4 * i + 3] = b.X + b.Width; }
        var box = tensor(boxes, [plans.Count, 4]).to(device);
        var positions = Positions(size, ScalarType.Int64);
        var rows = positions.view(1, 1, -1, 1);
        var columns = positions.view(1, 1, 1, -1);
        var inRows = rows.ge(box[.., 0].view(-1, 1, 1, 1)).logical_and_(rows.lt(box[.., 1].view(-1, 1, 1, 1)));
        var inColumns = columns.ge(box[.., 2].view(-1, 1, 1, 1)).logical_and_(columns.lt(box[.., 3].view(-1, 1, 1, 1)));
        x.masked_fill_(inRows.logical_and(inColumns), AugmentConstants.Zero);
    }

    void MinMax(Tensor x, IReadOnlyList<AugmentationPlan> plans)
    {
        int[] members = Enumerable.Range(0, plans.Count).Where(i => plans[i].MinMaxNormalize).ToArray();
        if (members.Length == 0) return;
        Update(x, members, sub =>
        {
            var min = sub.amin([1, 2, 3], keepdim: true);
            var range = sub.amax([1, 2, 3], keepdim: true).sub_(min);
            // A flat image becomes 0 (x - min = 0, divided by +inf), as in the reference.
            range.masked_fill_(range.le(AugmentConstants.FlatImage), AugmentConstants.Infinity);
            return sub.sub(min).div_(range);
        });
    }

    /// <summary>0, 1, ..., size-1 on the device.</summary>
    internal Tensor Positions(long size, ScalarType type)
    {
        using var stop = size.ToScalar();
        return arange(ScalarConstants.Zero, stop, ScalarConstants.One, dtype: type, device: device);
    }
}

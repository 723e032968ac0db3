using System.Diagnostics;
using static TorchSharp.torch;

namespace SocioRunner.Models.Training.Internal;

/// <summary>
/// Iterates one epoch of batches: times the wait for data separately from the step, runs each step inside its own
/// dispose scope (memory stays flat across epochs), stops on a non-finite loss and honours cancellation.
/// </summary>
internal static class BatchLoop
{
    /// <param name="step">Runs one optimization step; returns the batch's mean loss.</param>
    public static EpochStats Run(string nodeId, IBatchSource source, int epoch, CancellationToken cancellation, Func<TrainingBatch, double> step)
    {
        var total = Stopwatch.StartNew();
        var waiting = new Stopwatch();
        double lossSum = 0;
        int images = 0, batchIndex = 0;
        using var batches = source.Epoch(epoch, cancellation).GetEnumerator();
        while (true)
        {
            waiting.Start();
            bool more = batches.MoveNext();
            waiting.Stop();
            if (!more) break;
            cancellation.ThrowIfCancellationRequested();
            using var batch = batches.Current;
            batchIndex++;
            double loss;
            using (NewDisposeScope()) loss = step(batch);
            if (!double.IsFinite(loss)) throw TrainingErrors.NonFiniteLoss(nodeId, epoch, batchIndex, epoch - 1);
            lossSum += loss * batch.Count;
            images += batch.Count;
        }
        if (images == 0) throw new InvalidOperationException($"epoch {epoch} produced no batches");
        return new EpochStats(lossSum / images, images, total.Elapsed.TotalSeconds, waiting.Elapsed.TotalSeconds);
    }

    /// <summary>One view of a batch as an [N, 3, S, S] tensor on <paramref name="device"/> (owned by the batch; a copy only if
    /// the batch was prepared on another device).</summary>
    public static Tensor View(TrainingBatch batch, int view, Device device)
    {
        var tensor = batch.Views[view];
        bool same = tensor.device_type == device.type && (device.type == TorchSharp.DeviceType.CPU || tensor.device_index == device.index);
        return same ? tensor : tensor.to(device);
    }

    public static Tensor Labels(TrainingBatch batch, Device device) => tensor(batch.Labels).to(device);
}

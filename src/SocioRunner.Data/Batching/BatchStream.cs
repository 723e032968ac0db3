using System.Collections.Concurrent;
using System.Diagnostics;
using SocioRunner.Data.Datasets;
using SocioRunner.Data.Images;
using SocioRunner.Data.Internal;

namespace SocioRunner.Data.Batching;

/// <summary>
/// Feeds a training loop: a background producer decodes each batch's tiles in parallel (once: 8-bit tiles are kept in a
/// bounded <see cref="DecodedTileCache"/>), draws every view's <see cref="AugmentationPlan"/>, optionally finishes the
/// batch (the trainers apply the plans as tensor operations on their device there) and keeps up to <c>prefetch</c>
/// batches ready. Order and augmentation depend only on (seed, epoch, position), never on thread timing. With
/// <c>dropLast</c> the incomplete last batch is skipped.
/// </summary>
public sealed class BatchStream
{
    readonly IReadOnlyList<Sample> samples;
    readonly int batchSize, views, seed, prefetch;
    readonly TransformOptions transforms;
    readonly bool train, shuffle, dropLast;
    long waitTicks;

    public BatchStream(IReadOnlyList<Sample> samples, int batchSize, TransformOptions transforms, bool train, int views, int seed, bool shuffle, bool dropLast, int prefetch = 4, DecodedTileCache? cache = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(views, 1);
        this.samples = samples; this.batchSize = batchSize; this.transforms = transforms; this.train = train; this.views = views;
        this.seed = seed; this.shuffle = shuffle; this.dropLast = dropLast; this.prefetch = Math.Max(1, prefetch);
        Cache = cache ?? new DecodedTileCache(DecodedTileCache.DefaultCapacityBytes);
    }

    public DecodedTileCache Cache { get; }

    /// <summary>Seconds the consumer spent blocked waiting for a batch (summed over epochs).</summary>
    public double WaitSeconds => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref waitTicks)).TotalSeconds;

    public int BatchesPerEpoch => dropLast ? samples.Count / batchSize : (samples.Count + batchSize - 1) / batchSize;

    /// <summary>The epoch's batches with decoded tiles and drawn plans (augmentation not applied).</summary>
    public IEnumerable<ImageBatch> Epoch(int epoch, CancellationToken ct = default) => Epoch(epoch, batch => batch, ct);

    /// <summary>
    /// The epoch's batches, each passed through <paramref name="finish"/> on the producer thread. Finished batches the
    /// consumer never takes (it stopped early) are disposed if they are <see cref="IDisposable"/>; taken ones belong to the consumer.
    /// </summary>
    public IEnumerable<T> Epoch<T>(int epoch, Func<ImageBatch, T> finish, CancellationToken ct = default)
    {
        int[] order = Enumerable.Range(0, samples.Count).ToArray();
        if (shuffle) SeedMix.Random(seed, epoch, 17).Shuffle(order);
        int batches = BatchesPerEpoch;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var queue = new BlockingCollection<T>(prefetch);
        var producer = Task.Run(() =>
        {
            try
            {
                for (int b = 0; b < batches && !stop.IsCancellationRequested; b++)
                {
                    var finished = finish(Build(order, b, epoch, stop.Token));
                    bool added = false;
                    try { added = queue.TryAdd(finished, Timeout.Infinite, stop.Token); }
                    finally { if (!added) (finished as IDisposable)?.Dispose(); }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            finally { queue.CompleteAdding(); }
        });
        try
        {
            while (true)
            {
                long start = Stopwatch.GetTimestamp();
                bool got = queue.TryTake(out var batch, Timeout.Infinite, ct);
                Interlocked.Add(ref waitTicks, Stopwatch.GetTimestamp() - start);
                if (!got) break;
                yield return batch!;
            }
            producer.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            try { producer.Wait(CancellationToken.None); } catch (AggregateException) { }
            while (queue.TryTake(out var left)) (left as IDisposable)?.Dispose();
        }
    }

    ImageBatch Build(int[] order, int b, int epoch, CancellationToken ct)
    {
        int start = b * batchSize, count = Math.Min(batchSize, order.Length - start), size = transforms.Size, pixels = 3 * size * size;
        var ids = new string[count];
        var labels = new float[count];
        var tiles = new byte[count * pixels];
        var plans = Enumerable.Range(0, views).Select(_ => new AugmentationPlan[count]).ToArray();
        ParallelWork.For(count, ct, i =>
        {
            int index = order[start + i];
            var sample = samples[index];
            ids[i] = sample.Id; labels[i] = (float)sample.Label;
            Cache.GetOrLoad(index, () => Rgb8.Load(sample.ImagePath, size)).CopyTo(tiles, i * pixels);
            for (int v = 0; v < views; v++)
                plans[v][i] = AugmentationPlan.Draw(transforms, train, SeedMix.Random(seed, epoch, index, v));
        });
        return new ImageBatch(ids, labels, tiles, plans, count, size);
    }
}

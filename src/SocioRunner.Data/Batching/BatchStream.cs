using System.Collections.Concurrent;
using System.Diagnostics;
using SocioRunner.Data.Datasets;
using SocioRunner.Data.Images;
using SocioRunner.Data.Internal;

namespace SocioRunner.Data.Batching;

/// <summary>
/// Feeds a training loop: a background producer decodes (once; resized images are cached per stream) and augments each
/// batch in parallel and keeps up to <c>prefetch</c> batches ready. Order and augmentation depend only on
/// (seed, epoch, position), never on thread timing. With <c>dropLast</c> the incomplete last batch is skipped.
/// </summary>
public sealed class BatchStream
{
    readonly IReadOnlyList<Sample> samples;
    readonly int batchSize, views, seed, prefetch;
    readonly TransformOptions transforms;
    readonly bool train, shuffle, dropLast;
    readonly ConcurrentDictionary<int, float[]> cache = new();
    long waitTicks;

    public BatchStream(IReadOnlyList<Sample> samples, int batchSize, TransformOptions transforms, bool train, int views, int seed, bool shuffle, bool dropLast, int prefetch = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(views, 1);
        this.samples = samples; this.batchSize = batchSize; this.transforms = transforms; this.train = train; this.views = views;
        this.seed = seed; this.shuffle = shuffle; this.dropLast = dropLast; this.prefetch = Math.Max(1, prefetch);
    }

    /// <summary>Seconds the consumer spent blocked waiting for a batch (summed over epochs).</summary>
    public double WaitSeconds => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref waitTicks)).TotalSeconds;

    public int BatchesPerEpoch => dropLast ? samples.Count / batchSize : (samples.Count + batchSize - 1) / batchSize;

    public IEnumerable<ImageBatch> Epoch(int epoch, CancellationToken ct = default)
    {
        int[] order = Enumerable.Range(0, samples.Count).ToArray();
        if (shuffle) SeedMix.Random(seed, epoch, 17).Shuffle(order);
        int batches = BatchesPerEpoch;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var queue = new BlockingCollection<ImageBatch>(prefetch);
        var producer = Task.Run(() =>
        {
            try
            {
                for (int b = 0; b < batches && !stop.IsCancellationRequested; b++)
                    queue.Add(Build(order, b, epoch, stop.Token), stop.Token);
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
        }
    }

    ImageBatch Build(int[] order, int b, int epoch, CancellationToken ct)
    {
        int start = b * batchSize, count = Math.Min(batchSize, order.Length - start), size = transforms.Size, pixels = 3 * size * size;
        var ids = new string[count];
        var labels = new float[count];
        var output = Enumerable.Range(0, views).Select(_ => new float[count * pixels]).ToArray();
        ParallelWork.For(count, ct, i =>
        {
            int index = order[start + i];
            var sample = samples[index];
            ids[i] = sample.Id; labels[i] = (float)sample.Label;
            var image = cache.GetOrAdd(index, _ => ImageLoader.LoadRgb(sample.ImagePath, size));
            for (int v = 0; v < views; v++)
            {
                var rng = SeedMix.Random(seed, epoch, index, v);
                ImageTransforms.Apply(image, size, transforms, train, rng).CopyTo(output[v], i * pixels);
            }
        });
        return new ImageBatch(ids, labels, output, count, size);
    }
}

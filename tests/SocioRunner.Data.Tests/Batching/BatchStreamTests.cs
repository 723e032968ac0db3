using SocioRunner.Data.Batching;
using SocioRunner.Data.Datasets;
using SocioRunner.Data.Images;

namespace SocioRunner.Data.Tests.Batching;

public class BatchStreamTests(CityFixture city) : IClassFixture<CityFixture>
{
    List<Sample> Samples(int n) => Directory.GetFiles(city.Root, "*.png", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        .Take(n).Select((p, i) => new Sample($"s{i}", p, i)).ToList();

    static List<ImageBatch> Run(BatchStream stream, int epoch) => stream.Epoch(epoch).ToList();

    [Fact]
    public void Same_seed_and_epoch_give_identical_batches_and_epochs_differ()
    {
        var options = new TransformOptions { Size = 32 };
        var a = Run(new BatchStream(Samples(20), 8, options, train: true, views: 2, seed: 4, shuffle: true, dropLast: true), 1);
        var b = Run(new BatchStream(Samples(20), 8, options, train: true, views: 2, seed: 4, shuffle: true, dropLast: true, prefetch: 1), 1);
        var c = Run(new BatchStream(Samples(20), 8, options, train: true, views: 2, seed: 4, shuffle: true, dropLast: true), 2);
        Assert.Equal(2, a.Count);
        Assert.All(a, batch => Assert.Equal(8, batch.Count));
        Assert.Equal(a.SelectMany(x => x.Ids), b.SelectMany(x => x.Ids));
        Assert.Equal(a[0].Pixels, b[0].Pixels);
        Assert.Equal(a[0].ReferenceView(0), b[0].ReferenceView(0));
        Assert.Equal(a[1].ReferenceView(1), b[1].ReferenceView(1));
        Assert.NotEqual(a.SelectMany(x => x.Ids), c.SelectMany(x => x.Ids));
        Assert.NotEqual(a[0].ReferenceView(0), a[0].ReferenceView(1));
        Assert.Equal(2, a[0].Views);
        Assert.Equal(8 * 3 * 32 * 32, a[0].Pixels.Length);
    }

    [Fact]
    public void Evaluation_is_resize_and_min_max_only_in_order_and_keeps_the_last_batch()
    {
        var samples = Samples(10);
        var batches = Run(new BatchStream(samples, 4, new TransformOptions { Size = 20 }, train: false, views: 1, seed: 1, shuffle: false, dropLast: false), 0);
        Assert.Equal([4, 4, 2], batches.Select(b => b.Count));
        Assert.Equal(samples.Select(s => s.Id), batches.SelectMany(b => b.Ids));
        // Tiles are the antialiased resize rounded to 8 bits (as PIL resizes 8-bit images).
        var tile = Rgb8.Quantize(ImageLoader.LoadRgb(samples[5].ImagePath, 20));
        Assert.Equal(tile, batches[1].Pixels.AsSpan(3 * 20 * 20, 3 * 20 * 20).ToArray());
        var expected = Rgb8.ToUnit(tile);
        ImageTransforms.MinMax(expected);
        var view = batches[1].ReferenceView(0);
        Assert.Equal(expected, view.AsSpan(3 * 20 * 20, 3 * 20 * 20).ToArray());
        Assert.Equal(0f, view.Min());
        Assert.Equal(1f, view.AsSpan(0, 1200).ToArray().Max());
    }

    [Fact]
    public void Decoded_tiles_are_cached_within_the_budget_and_reused_across_epochs()
    {
        int tileBytes = 3 * 16 * 16;
        var cache = new DecodedTileCache(5 * tileBytes);
        var stream = new BatchStream(Samples(12), 4, new TransformOptions { Size = 16 }, train: true, views: 2, seed: 3, shuffle: true, dropLast: true, cache: cache);
        var first = Run(stream, 0);
        Assert.Equal(12, cache.Misses);
        Assert.Equal(5 * tileBytes, cache.UsedBytes);
        var again = Run(stream, 0);
        Assert.Equal(12 + 7, cache.Misses); // the 7 tiles beyond the budget are decoded again
        Assert.Equal(5, cache.Hits);
        Assert.Equal(first.SelectMany(b => b.Pixels), again.SelectMany(b => b.Pixels));
    }

    [Fact]
    public void Finished_batches_the_consumer_never_takes_are_disposed()
    {
        var stream = new BatchStream(Samples(24), 4, new TransformOptions { Size = 16 }, train: false, views: 1, seed: 2, shuffle: false, dropLast: false, prefetch: 3);
        var made = new System.Collections.Concurrent.ConcurrentBag<DisposableProbe>();
        var taken = stream.Epoch(0, batch => { var probe = new DisposableProbe(); made.Add(probe); return probe; }).Take(1).ToList();
        Assert.False(taken[0].Disposed);
        Assert.All(made.Where(p => p != taken[0]), p => Assert.True(p.Disposed));
    }

    sealed class DisposableProbe : IDisposable
    {
        public bool Disposed { get; private set; }
        public void Dispose() => Disposed = true;
    }

    [Fact]
    public void Consumer_may_stop_early_and_wait_time_is_measured()
    {
        var stream = new BatchStream(Samples(24), 4, new TransformOptions { Size = 24 }, train: true, views: 1, seed: 2, shuffle: true, dropLast: true, prefetch: 2);
        Assert.Single(stream.Epoch(0).Take(1));
        Assert.Equal(6, stream.Epoch(1).Count());
        Assert.True(stream.WaitSeconds > 0, "the first batch cannot be ready before the producer decoded it, so some wait must be recorded");
    }
}

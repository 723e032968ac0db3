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
        Assert.Equal(a[0].Views[0], b[0].Views[0]);
        Assert.Equal(a[1].Views[1], b[1].Views[1]);
        Assert.NotEqual(a.SelectMany(x => x.Ids), c.SelectMany(x => x.Ids));
        Assert.NotEqual(a[0].Views[0], a[0].Views[1]);
        Assert.Equal(2 * 8 * 3 * 32 * 32, a[0].Views.Sum(v => v.Length));
    }

    [Fact]
    public void Evaluation_is_resize_and_min_max_only_in_order_and_keeps_the_last_batch()
    {
        var samples = Samples(10);
        var batches = Run(new BatchStream(samples, 4, new TransformOptions { Size = 20 }, train: false, views: 1, seed: 1, shuffle: false, dropLast: false), 0);
        Assert.Equal([4, 4, 2], batches.Select(b => b.Count));
        Assert.Equal(samples.Select(s => s.Id), batches.SelectMany(b => b.Ids));
        var expected = ImageLoader.LoadRgb(samples[5].ImagePath, 20);
        ImageTransforms.MinMax(expected);
        Assert.Equal(expected, batches[1].Views[0].AsSpan(3 * 20 * 20, 3 * 20 * 20).ToArray());
        Assert.Equal(0f, batches[1].Views[0].Min());
        Assert.Equal(1f, batches[1].Views[0].AsSpan(0, 1200).ToArray().Max());
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

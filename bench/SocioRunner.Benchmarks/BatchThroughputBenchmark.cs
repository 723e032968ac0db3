using BenchmarkDotNet.Attributes;
using SocioRunner.Data.Batching;
using SocioRunner.Data.Datasets;
using SocioRunner.Data.SyntheticCity;
using SocioRunner.Models.Training.Augmentation;
using static TorchSharp.torch;

namespace SocioRunner.Benchmarks;

/// <summary>
/// Decode + two augmented training views per image (batch 32) through <see cref="BatchStream"/> and the training path's
/// <see cref="BatchAugmenter"/> (batched tensor operations on the CPU), against the managed per-image reference
/// (<see cref="ImageTransforms"/>, the previous implementation's arithmetic) in the same run.
/// Cold = new stream and cache (PNG decode + resize + augment); warm = decoded 8-bit tiles cached (every epoch after the
/// first). <see cref="Threads"/> sets LibTorch's threads and the managed path's parallelism (images/s per core).
/// Images per second = Images / mean time.
/// </summary>
[MemoryDiagnoser]
public class BatchThroughputBenchmark
{
    string root = "";
    List<Sample> samples = [];
    BatchStream warm = null!;
    readonly BatchAugmenter augmenter = new(CPU, batchedOnCpu: true);

    /// <summary>Source tile side: 500 (the paper's PNG tiles) or 64 (synthetic tiles).</summary>
    [Params(64, 500)] public int TileSize { get; set; }

    [Params(1, 2)] public int Threads { get; set; }

    public int Images => TileSize == 500 ? 64 : 512;

    [GlobalSetup]
    public void Setup()
    {
        set_num_threads(Threads);
        root = Path.Combine(Path.GetTempPath(), $"socio-bench-{TileSize}-{Environment.ProcessId}");
        if (Directory.Exists(root)) Directory.Delete(root, true);
        SyntheticCityGenerator.Generate(new SyntheticCityOptions { Tiles = Images, TileSize = TileSize, FlairPatches = 0, VoidTiles = 0, MissingIncome = 0 }, root, 1);
        samples = Directory.GetFiles(root, "*.png", SearchOption.AllDirectories).Order().Select((p, i) => new Sample($"{i}", p, i)).ToList();
        warm = Stream();
        foreach (var _ in warm.Epoch(0)) { }
    }

    BatchStream Stream() => new(samples, 32, new TransformOptions { Size = TileSize == 500 ? 500 : 64 }, train: true, views: 2, seed: 1, shuffle: true, dropLast: true);

    [Benchmark(Description = "cold: decode + tensor augment")]
    public int ColdEpoch() => Consume(Stream());

    [Benchmark(Description = "warm: cached tiles + tensor augment")]
    public int WarmEpoch() => Consume(warm);

    [Benchmark(Baseline = true, Description = "warm: cached tiles + managed per-image augment (previous)")]
    public int WarmEpochManaged()
    {
        int images = 0;
        foreach (var batch in warm.Epoch(1))
        {
            int pixels = 3 * batch.Size * batch.Size;
            var views = Enumerable.Range(0, batch.Views).Select(_ => new float[batch.Count * pixels]).ToArray();
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i =>
            {
                var image = SocioRunner.Data.Images.Rgb8.ToUnit(batch.Pixels.AsSpan(i * pixels, pixels));
                for (int v = 0; v < batch.Views; v++) ImageTransforms.Apply(image, batch.Size, batch.Plans[v][i]).CopyTo(views[v], i * pixels);
            });
            images += batch.Count;
        }
        return images;
    }

    int Consume(BatchStream stream)
    {
        int images = 0;
        foreach (var batch in stream.Epoch(1, augmenter.Finish))
            using (batch) images += batch.Count;
        return images;
    }

    [GlobalCleanup] public void Cleanup() => Directory.Delete(root, true);
}

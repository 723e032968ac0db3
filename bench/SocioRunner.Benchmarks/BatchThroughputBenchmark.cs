using BenchmarkDotNet.Attributes;
using SocioRunner.Data.Batching;
using SocioRunner.Data.Datasets;
using SocioRunner.Data.SyntheticCity;

namespace SocioRunner.Benchmarks;

/// <summary>Decode + augment throughput of <see cref="BatchStream"/> (two training views, batch 32): a cold epoch
/// (PNG decode + resize + augment) and a warm epoch (decoded images cached, augmentation only).
/// Images per second = Images / mean time.</summary>
[MemoryDiagnoser]
public class BatchThroughputBenchmark
{
    string root = "";
    List<Sample> samples = [];
    BatchStream warm = null!;

    /// <summary>Source tile side: 500 (the paper's PNG tiles) or 64 (synthetic tiles).</summary>
    [Params(64, 500)] public int TileSize { get; set; }

    public int Images => TileSize == 500 ? 64 : 512;

    [GlobalSetup]
    public void Setup()
    {
        root = Path.Combine(Path.GetTempPath(), $"socio-bench-{TileSize}");
        if (Directory.Exists(root)) Directory.Delete(root, true);
        SyntheticCityGenerator.Generate(new SyntheticCityOptions { Tiles = Images, TileSize = TileSize, FlairPatches = 0, VoidTiles = 0, MissingIncome = 0 }, root, 1);
        samples = Directory.GetFiles(root, "*.png", SearchOption.AllDirectories).Order().Select((p, i) => new Sample($"{i}", p, i)).ToList();
        warm = Stream();
        foreach (var _ in warm.Epoch(0)) { }
    }

    BatchStream Stream() => new(samples, 32, new TransformOptions { Size = TileSize == 500 ? 500 : 64 }, train: true, views: 2, seed: 1, shuffle: true, dropLast: true);

    [Benchmark] public int ColdEpoch() => Stream().Epoch(1).Sum(b => b.Count);

    [Benchmark] public int WarmEpoch() => warm.Epoch(1).Sum(b => b.Count);

    [GlobalCleanup] public void Cleanup() => Directory.Delete(root, true);
}

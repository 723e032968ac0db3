using System.Diagnostics;
using SocioRunner.Data.Batching;
using SocioRunner.Data.Datasets;
using SocioRunner.Data.Images;
using SocioRunner.Data.SyntheticCity;
using SocioRunner.Models.Training.Augmentation;
using static TorchSharp.torch;

namespace SocioRunner.Benchmarks;

/// <summary>
/// Input pipeline throughput by wall time and by process CPU time (run: <c>-- pipeline-profile [threads] [tile sizes, e.g. 64,500] [cpu]</c>; <c>cpu</c> skips the slow tensor-path cases), for a
/// machine shared with other work, where wall time says little: images per CPU-second is what one core delivers, and
/// it does not change when other processes take the cores. Same workloads as <see cref="BatchThroughputBenchmark"/>
/// (batch 32, two training views): cold epoch (PNG decode + resize + tensor augmentation), warm epoch (cached 8-bit
/// tiles + tensor augmentation), warm epoch with the managed reference augmentation (the straightforward per-image
/// code), and warm and cold epochs through the trainers' CPU path (<see cref="BatchAugmenter"/> on the CPU: fused
/// per-image transforms into the views' tensors), 3 rounds each. The CPU path parallelises over images with the
/// default parallelism (all cores the process may use): run under <c>taskset -c 0</c> to measure one core.
/// </summary>
public static class PipelineProfile
{
    public static void Run(int threads, IReadOnlyList<int>? tiles = null, bool cpuPathOnly = false)
    {
        set_num_threads(threads);
        Console.WriteLine($"torch threads {get_num_threads()}, managed parallelism {threads}, processors {Environment.ProcessorCount}");
        Console.WriteLine("| tiles | case | images | wall s (best of 3) | images/s wall | CPU s | images per CPU-second |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (int tile in tiles ?? [64, 500])
        {
            string root = Path.Combine(Path.GetTempPath(), $"socio-pipeline-{tile}-{Environment.ProcessId}");
            int images = tile == 500 ? 128 : 512, size = tile == 500 ? 500 : 64;
            SyntheticCityGenerator.Generate(new SyntheticCityOptions { Tiles = images, TileSize = tile, FlairPatches = 0, VoidTiles = 0, MissingIncome = 0 }, root, 1);
            var samples = Directory.GetFiles(root, "*.png", SearchOption.AllDirectories).Order().Select((p, i) => new Sample($"{i}", p, i)).ToList();
            BatchStream Stream() => new(samples, 32, new TransformOptions { Size = size }, train: true, views: 2, seed: 1, shuffle: true, dropLast: true);
            var augmenter = new BatchAugmenter(CPU, batchedOnCpu: true);
            var warm = Stream();
            foreach (var _ in warm.Epoch(0)) { }
            try
            {
                if (!cpuPathOnly)
                {
                    Measure(tile, "cold: decode + tensor augment", () => Consume(Stream(), augmenter));
                    Measure(tile, "warm: cached tiles + tensor augment", () => Consume(warm, augmenter));
                }
                Measure(tile, "warm: cached tiles + managed augment (previous)", () => Managed(warm, threads));
                Measure(tile, "warm: cached tiles + fused augment to tensors (CPU path)", () => Consume(warm, new BatchAugmenter(CPU)));
                Measure(tile, "cold: decode + fused augment to tensors (CPU path)", () => Consume(Stream(), new BatchAugmenter(CPU)));
                Measure(tile, "decode only (no augmentation)", () => samples.AsParallel().WithDegreeOfParallelism(threads).Sum(s => Rgb8.Load(s.ImagePath, size).Length > 0 ? 1 : 0));
            }
            finally { Directory.Delete(root, true); }
        }
    }

    static void Measure(int tile, string name, Func<int> epoch)
    {
        double bestWall = double.MaxValue, bestCpu = double.MaxValue;
        int images = 0;
        for (int round = 0; round < 3; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            images = epoch();
            bestWall = Math.Min(bestWall, clock.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        }
        Console.WriteLine($"| {tile}x{tile} | {name} | {images} | {bestWall:F2} | {images / bestWall:F0} | {bestCpu:F2} | {images / bestCpu:F0} |");
    }

    static int Consume(BatchStream stream, BatchAugmenter augmenter)
    {
        int images = 0;
        foreach (var batch in stream.Epoch(1, augmenter.Finish))
            using (batch) images += batch.Count;
        return images;
    }

    static int Managed(BatchStream stream, int threads)
    {
        int images = 0;
        foreach (var batch in stream.Epoch(1))
        {
            int pixels = 3 * batch.Size * batch.Size;
            var views = Enumerable.Range(0, batch.Views).Select(_ => new float[batch.Count * pixels]).ToArray();
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
            {
                var image = Rgb8.ToUnit(batch.Pixels.AsSpan(i * pixels, pixels));
                for (int v = 0; v < batch.Views; v++) ImageTransforms.Apply(image, batch.Size, batch.Plans[v][i]).CopyTo(views[v], i * pixels);
            });
            images += batch.Count;
        }
        return images;
    }
}

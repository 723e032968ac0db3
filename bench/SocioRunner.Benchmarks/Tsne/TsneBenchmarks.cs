using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SocioRunner.Explain.Tsne.Embedding;

namespace SocioRunner.Benchmarks.Tsne;

/// <summary>
/// Barnes–Hut and FFT-accelerated t-SNE end to end (kNN, affinities, PCA init, 1000 iterations) on 128-D clustered data.
/// Runs take tens of seconds, so each is measured cold a couple of times rather than warmed up.
/// Set TSNE_EXPORT_DIR to also write the data (for scikit-learn) and the map to that folder.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class TsneBenchmarks
{
    private float[] _data = [];
    private TsneResult? _last;

    [Params(5000, 20000)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = LowDimensionalClusters.Generate(Points, seed: 0);
        if (Environment.GetEnvironmentVariable("TSNE_EXPORT_DIR") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            LowDimensionalClusters.WriteCsv(_data, Path.Combine(folder, $"clusters-{Points}.csv"));
        }
    }

    [Benchmark]
    public TsneResult BarnesHut()
    {
        _last = new TsneEmbedder(new TsneEmbedderOptions { Seed = 0, Method = TsneMethod.BarnesHut })
            .Embed(_data, Points, LowDimensionalClusters.Dimensions);
        return _last;
    }

    [Benchmark]
    public TsneResult Fft()
    {
        _last = new TsneEmbedder(new TsneEmbedderOptions { Seed = 0, Method = TsneMethod.Fft })
            .Embed(_data, Points, LowDimensionalClusters.Dimensions);
        return _last;
    }

    /// <summary>Quality figures of the last run, printed into the benchmark log next to the timings.</summary>
    [GlobalCleanup]
    public void ReportQuality()
    {
        if (_last is null)
        {
            return;
        }

        var trust = Trustworthiness.Compute(_data, LowDimensionalClusters.Dimensions, _last.Coordinates, 10);
        Console.WriteLine(
            $"// t-SNE quality N={Points}: KL={_last.KullbackLeiblerDivergence:F4} trustworthiness(k=10)={trust:F4} iterations={_last.Iterations}");
        if (Environment.GetEnvironmentVariable("TSNE_EXPORT_DIR") is { Length: > 0 } folder)
        {
            File.WriteAllLines(
                Path.Combine(folder, $"map-{Points}.csv"),
                Enumerable.Range(0, _last.PointCount).Select(i => FormattableString.Invariant($"{_last.X(i):R},{_last.Y(i):R}")));
        }
    }
}

using BenchmarkDotNet.Attributes;
using SocioRunner.Models.Losses;
using SocioRunner.Models.Tests.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Benchmarks.Models;

/// <summary>
/// Rank-N-Contrast forward + backward, float32, CPU, 2048-d features: the sort-based loss against the per-positive
/// loop formulation (the test project's reference, linked in). Labels are integers from a small range (many ties).
/// Run: dotnet run -c Release --project bench/SocioRunner.Benchmarks -- --filter '*RncLoss*'
/// </summary>
[MemoryDiagnoser(false)]
public class RncLossBenchmarks
{
    Tensor features = null!;
    Tensor labels = null!;

    [Params(32, 256)]
    public int Batch { get; set; }

    public int Dim { get; set; } = 2048;

    [GlobalSetup]
    public void Setup()
    {
        torch.set_num_threads(Environment.ProcessorCount);
        var generator = new torch.Generator(1);
        features = randn([Batch, 2, Dim], generator: generator);
        labels = randint(0, 20, [Batch], dtype: ScalarType.Float32, generator: generator);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        features.Dispose();
        labels.Dispose();
    }

    [Benchmark(Baseline = true)]
    public float Loop() => Run(RankNContrastLoopReference.Compute);

    [Benchmark]
    public float SortBased() => Run(RankNContrastLoss.Compute);

    float Run(Func<Tensor, Tensor, double, DistanceKind, DistanceKind, Tensor> loss)
    {
        using var scope = NewDisposeScope();
        var input = features.detach().requires_grad_(true);
        var value = loss(input, labels, 2.0, DistanceKind.L1, DistanceKind.L2);
        value.backward();
        return input.grad!.sum().item<float>();
    }
}

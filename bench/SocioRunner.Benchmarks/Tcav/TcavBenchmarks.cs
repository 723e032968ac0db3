using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SocioRunner.Explain.Tcav;
using SocioRunner.Explain.Tcav.Analysis;
using SocioRunner.Explain.Tcav.Attribution;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Encoders.ResNet;
using TorchSharp;

namespace SocioRunner.Benchmarks.Tcav;

/// <summary>
/// explain/tcav's computation (TcavLayerRunner: the node minus file I/O) on the issue's workload: ResNet-18 at 64x64
/// (random weights, eval mode), 7 concepts x 60 images one-vs-all, 100 inputs, integrated gradients with 5 steps at
/// avgpool; once without random repeats and once with 10 (which adds the 300-image random pool and 7x10 + 20 CAVs).
/// Targets from issue 5: at most 3 s, and at most 10 s with 10 repeats.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class TcavBenchmarks
{
    TcavWorkload workload = null!;
    LayerAttributor attributor = null!;
    TcavLayerResult? last;

    [Params(0, 10)]
    public int Repeats { get; set; }

    [Params("avgpool")]
    public string Layer { get; set; } = "avgpool";

    [GlobalSetup]
    public void Setup()
    {
        torch.manual_seed(0);
        var model = new RegressionModel(new ResNetEncoder(18, TcavWorkload.Size));
        model.eval();
        attributor = new LayerAttributor(model, torch.CPU);
        workload = new TcavWorkload(seed: 1);
    }

    [Benchmark]
    public TcavLayerResult OneVsAllIntegratedGradients()
    {
        var options = new TcavOptions { Repeats = Repeats, Layers = [Layer] };
        var runner = new TcavLayerRunner(attributor, options, seed: 3);
        var pool = Repeats > 0 ? ImageSource.FromArrays(workload.Pool, TcavWorkload.Size) : null;
        last = runner.Run(Layer, workload.ConceptSources, pool, ImageSource.FromArrays(workload.Evaluation, TcavWorkload.Size), workload.Labels).Result;
        return last;
    }

    [GlobalCleanup]
    public void Report()
    {
        if (last is not null)
        {
            Console.WriteLine($"// TCAV repeats={Repeats}: mean CAV accuracy {last.Concepts.Average(c => c.Cav.Scores.Accuracy):F3}, "
                + $"sign counts {string.Join(" ", last.Concepts.Select(c => c.Scores.SignCounts.Average().ToString("F2")))}");
        }
    }
}

using System.Diagnostics;
using SocioRunner.Explain.Tcav;
using SocioRunner.Explain.Tcav.Attribution;
using SocioRunner.Explain.Tcav.CavBanks;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Encoders.ResNet;
using TorchSharp;

namespace SocioRunner.Benchmarks.Tcav;

/// <summary>
/// A one-shot Stopwatch breakdown of the TCAV benchmark workload by phase (run: <c>-- tcav-profile</c>), to see where
/// time goes on a busy machine where BenchmarkDotNet's totals alone do not tell.
/// </summary>
public static class TcavProfile
{
    public static void Run()
    {
        torch.manual_seed(0);
        var model = new RegressionModel(new ResNetEncoder(18, TcavWorkload.Size));
        model.eval();
        var attributor = new LayerAttributor(model, torch.CPU);
        var workload = new TcavWorkload(1);
        Console.WriteLine($"torch threads: {torch.get_num_threads()}, processors: {Environment.ProcessorCount}");
        for (int round = 0; round < 2; round++)
        {
            var clock = Stopwatch.StartNew();
            var concepts = workload.ConceptSources.Select(c => new LabelledActivations(c.Name, attributor.Activations("avgpool", c.Images, 64))).ToArray();
            double conceptSeconds = clock.Elapsed.TotalSeconds;
            var pool = new LabelledActivations("pool", attributor.Activations("avgpool", ImageSource.FromArrays(workload.Pool, TcavWorkload.Size), 64));
            double poolSeconds = clock.Elapsed.TotalSeconds - conceptSeconds;
            clock.Restart();
            var pass = attributor.Attribute("avgpool", ImageSource.FromArrays(workload.Evaluation, TcavWorkload.Size),
                new AttributionSettings(AttributionMethod.IntegratedGradients, 5, IntegrationRule.GaussLegendre, IntegratedGradientsBaseline.ZeroInput, 64));
            double attributionSeconds = clock.Elapsed.TotalSeconds;
            var options = new TcavOptions();
            foreach (int repeats in new[] { 0, 10, 30 })
            {
                clock.Restart();
                var bank = CavBankBuilder.Build("avgpool", concepts, pool, new CavBankSettings(options.Setting, 500, repeats, 50, new SocioRunner.Explain.Tcav.Scoring.SgdSvmSettings(), 3));
                double cavSeconds = clock.Elapsed.TotalSeconds;
                Console.WriteLine($"round {round} repeats {repeats}: concept activations {conceptSeconds:F2}s (420 images), pool {poolSeconds:F2}s (300), "
                    + $"attribution {attributionSeconds:F2}s (100 x IG5), CAVs {cavSeconds:F2}s ({bank.Concepts.Sum(c => c.Cavs.Count) + 2 * bank.RepeatCount} CAVs, "
                    + $"epochs {string.Join("/", bank.Main.Select(c => c.Epochs))})");
            }
        }
    }
}

using BenchmarkDotNet.Attributes;
using SocioRunner.Models.Encoders;
using SocioRunner.Models.Encoders.ResNet;
using SocioRunner.Models.Encoders.SmallCnn;
using SocioRunner.Models.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Benchmarks.Models;

/// <summary>
/// One training step of the project's encoders with the optimizer the trainers use (AdamW, lr 5e-4, weight decay 1e-4):
/// batch 32 x 2 views (64 images of random pixels), forward + backward + optimizer step, for
/// <list type="bullet">
/// <item><c>supervised</c>: encoder + linear head, L1 loss on all 64 images (the end-to-end baseline's step, twice the views);</item>
/// <item><c>rnc</c>: encoder + the sort-based Rank-N-Contrast loss over the 64 views (the pretraining step).</item>
/// </list>
/// The PyTorch 1.13 twin is <c>pytorch_training_step.py</c>; <c>bench/training-step-parity.sh</c> runs both and writes the ratio table.
/// </summary>
[MemoryDiagnoser(false)]
public class TrainingStepBenchmarks
{
    const int Batch = 32;
    StagedEncoder encoder = null!;
    nn.Module<Tensor, Tensor> head = null!;
    optim.Optimizer optimizer = null!;
    Tensor images = null!, labels = null!, labelsTwice = null!;

    /// <summary>Models to run: <c>STEP_MODELS</c> (comma-separated) or both.</summary>
    public static IEnumerable<string> Models =>
        Environment.GetEnvironmentVariable("STEP_MODELS")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? ["small-cnn-40", "resnet18-64"];

    [ParamsSource(nameof(Models))] public string Model { get; set; } = "small-cnn-40";

    [Params("supervised", "rnc")] public string Objective { get; set; } = "rnc";

    [GlobalSetup]
    public void Setup()
    {
        torch.set_num_threads(int.TryParse(Environment.GetEnvironmentVariable("THREADS"), out int threads) ? threads : Environment.ProcessorCount);
        torch.random.manual_seed(1);
        int size = Model == "small-cnn-40" ? 40 : 64;
        encoder = Model == "small-cnn-40" ? new SmallCnnEncoder(SmallCnnEncoder.DefaultWidths, size) : new ResNetEncoder(18, size);
        head = nn.Linear(encoder.EmbeddingDim, 1);
        encoder.train();
        var parameters = Objective == "rnc" ? encoder.parameters() : encoder.parameters().Concat(head.parameters());
        optimizer = new SocioRunner.Models.TorchSafety.ScalarSafeAdamW(parameters, lr: 5e-4, weightDecay: 1e-4);
        var generator = new torch.Generator(2);
        images = rand([2 * Batch, 3, size, size], generator: generator);
        labels = randint(0, 20, [Batch], dtype: ScalarType.Float32, generator: generator);
        labelsTwice = cat([labels, labels]);
        for (int i = 0; i < 3; i++) Step(); // oneDNN prepares its kernels per shape on first use
    }

    [Benchmark]
    public float Step()
    {
        using var scope = NewDisposeScope();
        var embeddings = encoder.call(images);
        Tensor loss = Objective == "rnc"
            ? RankNContrastLoss.Compute(stack([embeddings[..Batch], embeddings[Batch..]], 1), labels)
            : nn.functional.l1_loss(head.call(embeddings).reshape(-1), labelsTwice);
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
        return loss.item<float>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        encoder.Dispose(); head.Dispose(); optimizer.Dispose();
        images.Dispose(); labels.Dispose(); labelsTwice.Dispose();
    }
}

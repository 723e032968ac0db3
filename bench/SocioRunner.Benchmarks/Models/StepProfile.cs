using System.Diagnostics;
using SocioRunner.Data.Batching;
using SocioRunner.Data.Datasets;
using SocioRunner.Data.SyntheticCity;
using SocioRunner.Models.Encoders.SmallCnn;
using SocioRunner.Models.Losses;
using SocioRunner.Models.Training;
using SocioRunner.Models.Training.Augmentation;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Benchmarks.Models;

/// <summary>
/// Where a quickstart-size training step spends its time (run: <c>-- step-profile</c>): the small CNN at 40 px on 512
/// synthetic 64 px tiles, batch 32, the real <see cref="BatchStream"/> feeding it, for the supervised step (1 view) and
/// the RNC step (2 views), each with the batched tensor augmentation in the producer (current), with the managed
/// per-image augmentation in the producer (the previous pipeline), and with every batch of the epoch prepared before
/// the first step (<c>precomputed</c>: no producer running beside the step, so the step's own cost). Prints per-phase
/// milliseconds (median over the steps of epochs 2-3), so RNC and supervised steps compare per view.
/// Optional argument: LibTorch threads (default: all processors). Also counts subnormal gradient values after the
/// last step (arithmetic on subnormals is slow on x86; TorchSharp 0.107 has no <c>set_flush_denormal</c>).
/// </summary>
public static class StepProfile
{
    const int Batch = 32, Size = 40;

    public static void Run(int threads)
    {
        torch.set_num_threads(threads);
        string root = Path.Combine(Path.GetTempPath(), $"socio-step-profile-{Environment.ProcessId}");
        SyntheticCityGenerator.Generate(new SyntheticCityOptions { Tiles = 512, TileSize = 64, FlairPatches = 0, VoidTiles = 0, MissingIncome = 0 }, root, 1);
        var samples = Directory.GetFiles(root, "*.png", SearchOption.AllDirectories).Order().Select((p, i) => new Sample($"{i}", p, i % 20)).ToList();
        Console.WriteLine($"torch threads {torch.get_num_threads()}, interop threads {torch.get_num_interop_threads()}, processors {Environment.ProcessorCount}");
        Console.WriteLine("| objective | augmentation | data wait | forward | loss | backward | optimizer | step total | ms/view (step) | images/s incl. wait | subnormal grads |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        try
        {
            foreach (string pipeline in new[] { "precomputed", "tensor", "managed" })
                foreach (int views in new[] { 1, 2 })
                    Profile(samples, views, pipeline);
        }
        finally { Directory.Delete(root, true); }
    }

    static void Profile(List<Sample> samples, int views, string pipeline)
    {
        torch.random.manual_seed(1);
        using var encoder = new SmallCnnEncoder(SmallCnnEncoder.DefaultWidths, Size);
        using var head = nn.Linear(encoder.EmbeddingDim, 1);
        encoder.train();
        var parameters = views == 2 ? encoder.parameters() : encoder.parameters().Concat(head.parameters());
        using var optimizer = new SocioRunner.Models.TorchSafety.ScalarSafeAdamW(parameters, lr: 5e-4, weightDecay: 1e-4);
        var stream = new BatchStream(samples, Batch, new TransformOptions { Size = Size }, train: true, views, seed: 1, shuffle: true, dropLast: true);
        var augmenter = new BatchAugmenter(CPU, batchedOnCpu: true);
        Func<ImageBatch, TrainingBatch> finish = pipeline == "managed" ? Managed : augmenter.Finish;
        var phases = new List<double[]>();
        var epochClock = new Stopwatch();
        int epochImages = 0;
        for (int epoch = 1; epoch <= 3; epoch++)
        {
            var prepared = pipeline == "precomputed" ? stream.Epoch(epoch, augmenter.Finish).ToList() : null;
            if (epoch >= 2) epochClock.Start();
            using var batches = (prepared ?? stream.Epoch(epoch, finish)).GetEnumerator();
            while (true)
            {
                long t0 = Stopwatch.GetTimestamp();
                if (!batches.MoveNext()) break;
                using var batch = batches.Current;
                using var scope = NewDisposeScope();
                long t1 = Stopwatch.GetTimestamp();
                var input = views == 2 ? cat([batch.Views[0], batch.Views[1]], 0) : batch.Views[0];
                var embeddings = encoder.call(input);
                long t2 = Stopwatch.GetTimestamp();
                var labels = tensor(batch.Labels);
                var loss = views == 2
                    ? RankNContrastLoss.Compute(stack([embeddings[..batch.Count], embeddings[batch.Count..]], 1), labels)
                    : nn.functional.l1_loss(head.call(embeddings).reshape(-1), labels);
                long t3 = Stopwatch.GetTimestamp();
                optimizer.zero_grad();
                loss.backward();
                long t4 = Stopwatch.GetTimestamp();
                optimizer.step();
                loss.item<float>();
                long t5 = Stopwatch.GetTimestamp();
                if (epoch >= 2)
                {
                    phases.Add([Ms(t0, t1), Ms(t1, t2), Ms(t2, t3), Ms(t3, t4), Ms(t4, t5), Ms(t1, t5)]);
                    epochImages += batch.Count;
                }
            }
            epochClock.Stop();
        }
        double seconds = epochClock.Elapsed.TotalSeconds; // epochs 2-3; precomputed: excludes preparing the batches
        double[] median = Enumerable.Range(0, 6).Select(k => Median(phases.Select(p => p[k]))).ToArray();
        int perStepViews = views * Batch;
        Console.WriteLine($"| {(views == 2 ? "rnc (2 views)" : "supervised (1 view)")} | {pipeline} | {median[0]:F1} | {median[1]:F1} | {median[2]:F1} | {median[3]:F1} | {median[4]:F1} | {median[5]:F1} | {median[5] / perStepViews:F2} | {epochImages / seconds:F0} | {Subnormals(encoder)} |");

        TrainingBatch Managed(ImageBatch batch)
        {
            int pixels = 3 * batch.Size * batch.Size;
            var arrays = Enumerable.Range(0, batch.Views).Select(_ => new float[batch.Count * pixels]).ToArray();
            Parallel.For(0, batch.Count, i =>
            {
                var image = SocioRunner.Data.Images.Rgb8.ToUnit(batch.Pixels.AsSpan(i * pixels, pixels));
                for (int v = 0; v < batch.Views; v++) ImageTransforms.Apply(image, batch.Size, batch.Plans[v][i]).CopyTo(arrays[v], i * pixels);
            });
            var tensors = arrays.Select(a => tensor(a, [batch.Count, 3, batch.Size, batch.Size])).ToArray();
            return new TrainingBatch(batch.Ids, batch.Labels, tensors, batch.Count, batch.Size);
        }
    }

    static string Subnormals(nn.Module module)
    {
        long subnormal = 0, total = 0;
        using var scope = NewDisposeScope();
        using var smallest = 1.17549435e-38.ToScalar();
        using var zero = 0.0.ToScalar();
        foreach (var p in module.parameters())
        {
            if (p.grad is not { } g) continue;
            var a = g.abs();
            subnormal += a.lt(smallest).logical_and_(a.gt(zero)).sum().item<long>();
            total += g.numel();
        }
        return $"{subnormal} / {total}";
    }

    static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
    }
}

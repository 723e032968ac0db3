using SocioRunner.Models.Tests.Support;
using SocioRunner.Models.Encoders.SmallCnn;
using SocioRunner.Models.Losses;
using SocioRunner.Models.TorchSafety;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Tests.TorchSafety;

/// <summary>
/// Training under a thread that forces a full GC plus finalizers every millisecond: with TorchSharp's own BatchNorm2d
/// and AdamW this fails within seconds (a temporary Scalar is freed mid-call: "For integral input tensors, argument
/// alpha must not be a floating point number", or silently different numbers); with the project's held Scalars the
/// results equal an unstressed run bit for bit (docs/scalar-safety.md).
/// </summary>
[Collection(TorchGlobalStateCollection.Name)]
public class ScalarLifetimeStressTests
{
    const int Steps = 40;
    const int Batch = 12;
    const int Size = 16;

    [Fact]
    public void Training_under_forced_gc_equals_the_unstressed_run_bit_for_bit()
    {
        var reference = Train(stress: false);
        var stressed = Train(stress: true);

        Assert.True(stressed.Collections > Steps, $"the GC stress thread ran only {stressed.Collections} collections");
        Assert.All(stressed.BatchCounters, count => Assert.Equal(Steps, count));
        Assert.All(reference.BatchCounters, count => Assert.Equal(Steps, count));
        Assert.Equal(reference.Losses, stressed.Losses);
        Assert.Equal(reference.Parameters, stressed.Parameters);
        Assert.All(reference.Losses, loss => Assert.True(float.IsFinite(loss)));
    }

    sealed record Outcome(float[] Losses, long[] BatchCounters, float[] Parameters, long Collections);

    static Outcome Train(bool stress)
    {
        random.manual_seed(7);
        using var encoder = new SmallCnnEncoder([8, 16], Size);
        using var optimizer = new ScalarSafeAdamW(encoder.parameters(), lr: 1e-3, weightDecay: 1e-2);
        var losses = new float[Steps];
        long collections = 0;
        using (var gc = stress ? new GcStress() : null)
        {
            encoder.train();
            for (int step = 0; step < Steps; step++)
            {
                using var scope = NewDisposeScope();
                var views = randn(2 * Batch, 3, Size, Size);
                var labels = rand(Batch);
                var embeddings = encoder.call(views);
                var features = stack([embeddings[..Batch], embeddings[Batch..]], 1);
                var loss = RankNContrastLoss.Compute(features, labels, temperature: 2.0);
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                losses[step] = loss.item<float>();
            }
            collections = gc?.Collections ?? 0;
        }
        var counters = encoder.modules().OfType<BatchNorm2d>().Select(bn => bn.NumBatchesTracked.item<long>()).ToArray();
        Assert.NotEmpty(counters);
        var parameters = encoder.parameters().SelectMany(p => p.data<float>().ToArray()).ToArray();
        return new Outcome(losses, counters, parameters, collections);
    }
}

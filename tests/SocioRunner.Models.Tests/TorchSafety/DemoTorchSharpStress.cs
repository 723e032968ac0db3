using SocioRunner.Models.Tests.Support;
using SocioRunner.Models.Losses;
using SocioRunner.Models.TorchSafety;
using TorchSharp;
using static TorchSharp.torch;
#pragma warning disable RS0030
namespace SocioRunner.Models.Tests.TorchSafety;

[Collection(TorchGlobalStateCollection.Name)]
public class DemoTorchSharpStress
{
    const int Steps = 40, Batch = 12, Size = 16;

    [Theory]
    [InlineData(1)] [InlineData(2)] [InlineData(3)]
    public void Demo(int attempt)
    {
        _ = attempt;
        var reference = Train(false);
        var stressed = Train(true);
        Assert.Equal(reference.Item2, stressed.Item2);
        Assert.Equal(reference.Item1, stressed.Item1);
    }

    static (float[], long[]) Train(bool stress)
    {
        random.manual_seed(7);
        using var model = nn.Sequential(nn.Conv2d(3, 8, 3, padding: 1), nn.BatchNorm2d(8), nn.ReLU(), nn.Conv2d(8, 16, 3, padding: 1), nn.BatchNorm2d(16), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten());
        using var optimizer = optim.AdamW(model.parameters(), lr: 1e-3, weight_decay: 1e-2);
        var losses = new float[Steps];
        using (var gc = stress ? new GcStress() : null)
        {
            model.train();
            for (int step = 0; step < Steps; step++)
            {
                using var scope = NewDisposeScope();
                var embeddings = model.call(randn(2 * Batch, 3, Size, Size));
                var loss = RankNContrastLoss.Compute(stack([embeddings[..Batch], embeddings[Batch..]], 1), rand(Batch), temperature: 2.0);
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                losses[step] = loss.item<float>();
            }
        }
        var counters = model.named_buffers().Where(b => b.name.EndsWith("num_batches_tracked")).Select(b => b.buffer.item<long>()).ToArray();
        return (losses, counters);
    }
}

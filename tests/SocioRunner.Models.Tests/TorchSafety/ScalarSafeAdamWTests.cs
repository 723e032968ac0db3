using SocioRunner.Models.Tests.Support;
using SocioRunner.Models.TorchSafety;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Tests.TorchSafety;

[Collection(TorchGlobalStateCollection.Name)]
public class ScalarSafeAdamWTests
{
    [Theory]
    [InlineData(0.0, false)]
    [InlineData(0.05, false)]
    [InlineData(0.05, true)]
    public void Steps_are_bit_identical_to_torchsharps_adamw(double weightDecay, bool amsgrad)
    {
        var expected = Train(parameters =>
        {
            // The reference: TorchSharp's own AdamW, banned in project code for its temporary Scalars.
#pragma warning disable RS0030
            return optim.AdamW(parameters, lr: 0.01, weight_decay: weightDecay, amsgrad: amsgrad);
#pragma warning restore RS0030
        });
        var actual = Train(parameters => new ScalarSafeAdamW(parameters, lr: 0.01, weightDecay: weightDecay, amsgrad: amsgrad));

        Assert.Equal(expected.Losses, actual.Losses);
        Assert.Equal(expected.Weights, actual.Weights);
    }

    [Fact]
    public void Learning_rate_changes_and_state_dict_round_trip_like_adamw()
    {
        random.manual_seed(3);
        using var model = nn.Linear(4, 1);
        using var optimizer = new ScalarSafeAdamW(model.parameters(), lr: 0.1);
        Step(model, optimizer, 4);
        foreach (var group in optimizer.ParamGroups) group.LearningRate = 0.01;
        Step(model, optimizer, 4);
        string path = Path.Combine(Path.GetTempPath(), $"adamw-{Guid.NewGuid():N}.dat");
        try
        {
            optimizer.save_state_dict(path);
            using var restored = new ScalarSafeAdamW(model.parameters(), lr: 0.01);
            restored.load_state_dict(path);
            var original = (TorchSharp.Modules.AdamW.State)optimizer.state_dict().State[0];
            var loaded = (TorchSharp.Modules.AdamW.State)restored.state_dict().State[0];
            Assert.Equal(2, loaded.step);
            Assert.Equal(original.exp_avg.data<float>().ToArray(), loaded.exp_avg.data<float>().ToArray());
            Assert.Equal(original.exp_avg_sq.data<float>().ToArray(), loaded.exp_avg_sq.data<float>().ToArray());
        }
        finally { File.Delete(path); }
    }

    static (float[] Losses, float[] Weights) Train(Func<IEnumerable<TorchSharp.Modules.Parameter>, optim.Optimizer> create)
    {
        random.manual_seed(11);
        using var model = nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 1));
        using var optimizer = create(model.parameters());
        var losses = new float[25];
        for (int i = 0; i < losses.Length; i++) losses[i] = Step(model, optimizer, 6);
        return (losses, model.parameters().SelectMany(p => p.data<float>().ToArray()).ToArray());
    }

    static float Step(nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer, int features)
    {
        using var scope = NewDisposeScope();
        var input = randn(16, features);
        var target = input.sum(1, keepdim: true).sin();
        var loss = nn.functional.mse_loss(model.call(input), target);
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
        return loss.item<float>();
    }
}

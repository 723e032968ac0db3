using SocioRunner.Models.Tests.Support;
using TorchSharp;
using static TorchSharp.torch;
using ProjectBatchNorm2d = SocioRunner.Models.TorchSafety.BatchNorm2d;

namespace SocioRunner.Models.Tests.TorchSafety;

[Collection(TorchGlobalStateCollection.Name)]
public class BatchNorm2dTests
{
    // The reference: TorchSharp's own BatchNorm2d, banned in project code for its temporary Scalars.
#pragma warning disable RS0030
    static nn.Module<Tensor, Tensor> TorchSharpBatchNorm(long features) => nn.BatchNorm2d(features);
#pragma warning restore RS0030

    [Fact]
    public void State_dict_names_and_order_equal_torchsharps()
    {
        using var ours = new ProjectBatchNorm2d(5);
        using var theirs = TorchSharpBatchNorm(5);
        Assert.Equal(theirs.state_dict().Keys, ours.state_dict().Keys);
        Assert.Equal(["weight", "bias"], ours.named_parameters().Select(p => p.name));
    }

    [Fact]
    public void Training_and_eval_forwards_equal_torchsharps_bit_for_bit()
    {
        using var ours = new ProjectBatchNorm2d(4);
        using var theirs = TorchSharpBatchNorm(4);
        random.manual_seed(5);
        for (int step = 0; step < 6; step++)
        {
            using var scope = NewDisposeScope();
            var input = randn(3, 4, 5, 5);
            Assert.Equal(theirs.call(input).data<float>().ToArray(), ours.call(input).data<float>().ToArray());
        }
        foreach (var (name, buffer) in theirs.named_buffers())
            Assert.Equal(buffer.to(ScalarType.Float64).data<double>().ToArray(), ours.get_buffer(name)!.to(ScalarType.Float64).data<double>().ToArray());
        Assert.Equal(6L, ours.NumBatchesTracked.item<long>());

        ours.eval();
        theirs.eval();
        using var evalScope = NewDisposeScope();
        var probe = randn(2, 4, 5, 5);
        Assert.Equal(theirs.call(probe).data<float>().ToArray(), ours.call(probe).data<float>().ToArray());
        Assert.Equal(6L, ours.NumBatchesTracked.item<long>());
    }

    [Fact]
    public void Loads_a_state_saved_from_torchsharps_batch_norm()
    {
        using var theirs = TorchSharpBatchNorm(3);
        random.manual_seed(9);
        using (var scope = NewDisposeScope()) theirs.call(randn(4, 3, 2, 2));
        string path = Path.Combine(Path.GetTempPath(), $"bn-{Guid.NewGuid():N}.dat");
        try
        {
            theirs.save(path);
            using var ours = new ProjectBatchNorm2d(3);
            ours.load(path);
            Assert.Equal(1L, ours.NumBatchesTracked.item<long>());
            Assert.Equal(theirs.named_buffers().First(b => b.name == "running_mean").buffer.data<float>().ToArray(), ours.RunningMean.data<float>().ToArray());
        }
        finally { File.Delete(path); }
    }
}

using SocioRunner.Models.Tests.Support;
using SocioRunner.Models.TorchSafety;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Tests.TorchSafety;

[Collection(TorchGlobalStateCollection.Name)]
public class ScalarSafeResNetTests
{
    [Theory]
    [InlineData(18)]
    [InlineData(50)]
    public void Same_seed_gives_torchvisions_names_weights_and_outputs(int depth)
    {
        random.manual_seed(21);
        // The reference: TorchVision's own ResNet, banned in project code (BatchNorm2d and add_(Tensor) temporaries).
#pragma warning disable RS0030
        using var theirs = depth == 18 ? torchvision.models.resnet18() : torchvision.models.resnet50();
#pragma warning restore RS0030
        random.manual_seed(21);
        using var ours = ScalarSafeResNet.Create(depth);

        var expected = theirs.state_dict();
        var actual = ours.state_dict();
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (name, tensor) in expected)
            Assert.True(tensor.eq(actual[name]).all().item<bool>(), $"{name} differs");

        theirs.eval();
        ours.eval();
        using var scope = NewDisposeScope();
        var input = randn(1, 3, 32, 32);
        Assert.Equal(theirs.call(input).data<float>().ToArray(), ours.call(input).data<float>().ToArray());
    }
}

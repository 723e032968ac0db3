using SocioRunner.Models.Encoders;
using SocioRunner.Models.Encoders.ResNet;
using SocioRunner.Models.Encoders.SmallCnn;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Tests.Encoders;

public class StagedEncoderTests
{
    [Fact]
    public void Small_cnn_has_named_stages_ending_in_avgpool()
    {
        using var encoder = new SmallCnnEncoder([8, 16], 32);
        Assert.Equal(["stem", "block1", "block2", "avgpool"], encoder.StageNames);
        Assert.Equal(16, encoder.EmbeddingDim);
        using var scope = NewDisposeScope();
        encoder.eval();
        var output = encoder.call(randn(2, 3, 32, 32));
        Assert.Equal(new long[] { 2, 16 }, output.shape);
    }

    [Theory]
    [InlineData("stem")]
    [InlineData("block1")]
    [InlineData("avgpool")]
    public void Forward_to_then_forward_from_equals_forward(string stage)
    {
        torch.random.manual_seed(1);
        using var encoder = new SmallCnnEncoder([8, 16], 32);
        encoder.eval();
        using var scope = NewDisposeScope();
        var input = randn(3, 3, 32, 32);
        var whole = encoder.call(input);
        var split = encoder.ForwardFrom(stage, encoder.ForwardTo(stage, input));
        Assert.True(whole.allclose(split, rtol: 1e-5, atol: 1e-6));
    }

    [Fact]
    public void Unknown_stage_lists_the_known_ones()
    {
        using var encoder = new SmallCnnEncoder([8], 32);
        using var scope = NewDisposeScope();
        var error = Assert.Throws<ArgumentException>(() => encoder.ForwardTo("layer9", zeros(1, 3, 32, 32)));
        Assert.Contains("stem, block1, avgpool", error.Message);
    }

    [Fact]
    public void Resnet18_keeps_torchvision_parameter_names_without_fc()
    {
        using var encoder = new ResNetEncoder(18, 64);
        var keys = encoder.state_dict().Keys.ToList();
        Assert.Contains("conv1.weight", keys);
        Assert.Contains("layer1.0.conv1.weight", keys);
        Assert.Contains("layer4.1.bn2.running_mean", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("fc.", StringComparison.Ordinal));
        Assert.Equal(["conv1", "bn1", "relu", "maxpool", "layer1", "layer2", "layer3", "layer4", "avgpool"], encoder.StageNames);
        Assert.Equal(512, encoder.EmbeddingDim);
    }

    [Fact]
    public void Resnet18_runs_after_the_torchvision_source_module_is_collected()
    {
        using var encoder = new ResNetEncoder(18, 32);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        encoder.eval();
        using var scope = NewDisposeScope();
        var layer2 = encoder.ForwardTo("layer2", randn(1, 3, 32, 32));
        Assert.Equal(new long[] { 1, 128, 4, 4 }, layer2.shape);
        Assert.Equal(new long[] { 1, 512 }, encoder.ForwardFrom("layer2", layer2).shape);
    }

    [Fact]
    public void Resnet_depth_outside_18_34_50_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ResNetEncoder(101, 224));
        Assert.Contains("18, 34, 50", error.Message);
    }

    [Fact]
    public void Factory_rebuilds_from_spec()
    {
        using var encoder = new SmallCnnEncoder([4, 8], 24);
        using var rebuilt = EncoderFactory.Create(encoder.Spec);
        Assert.Equal(encoder.StageNames, rebuilt.StageNames);
        Assert.Equal(24, rebuilt.InputSize);
    }
}

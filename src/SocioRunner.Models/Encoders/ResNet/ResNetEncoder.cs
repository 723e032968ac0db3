using SocioRunner.Models.TorchSafety;
using static TorchSharp.torch;

namespace SocioRunner.Models.Encoders.ResNet;

/// <summary>
/// TorchVision's ResNet (18/34/50) without its classifier. Submodules keep torchvision's names
/// (<c>conv1, bn1, relu, maxpool, layer1..layer4, avgpool</c>), so state dict keys equal PyTorch's minus <c>fc.*</c>,
/// which is what the original project's checkpoints hold. Each of these is a stage.
/// </summary>
public sealed class ResNetEncoder : StagedEncoder
{
    public static readonly IReadOnlyList<int> SupportedDepths = [18, 34, 50];

    readonly nn.Module<Tensor, Tensor> conv1;
    readonly nn.Module<Tensor, Tensor> bn1;
    readonly nn.Module<Tensor, Tensor> relu;
    readonly nn.Module<Tensor, Tensor> maxpool;
    readonly nn.Module<Tensor, Tensor> layer1;
    readonly nn.Module<Tensor, Tensor> layer2;
    readonly nn.Module<Tensor, Tensor> layer3;
    readonly nn.Module<Tensor, Tensor> layer4;
    readonly nn.Module<Tensor, Tensor> avgpool;
    readonly IReadOnlyList<(string, nn.Module<Tensor, Tensor>)> stages;
    readonly object[] keepAlive;

    public ResNetEncoder(int depth, int inputSize) : base($"resnet{depth}")
    {
        if (!SupportedDepths.Contains(depth))
            throw new ArgumentOutOfRangeException(nameof(depth), $"ResNet depth must be one of {string.Join(", ", SupportedDepths)}, got {depth}");
        Depth = depth;
        InputSize = inputSize;
        // TorchVision's ResNet class builds the full classifier network; its children are taken over here. The source module must not be
        // disposed (that disposes its children); it is kept alive in a non-module holder and its unused fc is freed.
        // Built with the project's residual blocks and BatchNorm2d (held Scalars; same names and initialization).
        var source = ScalarSafeResNet.Create(depth);
        var children = source.named_children().ToDictionary(c => c.name, c => c.module);
        children["fc"].Dispose();
        keepAlive = [source];
        nn.Module<Tensor, Tensor> Child(string name) => (nn.Module<Tensor, Tensor>)children[name];
        conv1 = Child("conv1"); bn1 = Child("bn1"); relu = Child("relu"); maxpool = Child("maxpool");
        layer1 = Child("layer1"); layer2 = Child("layer2"); layer3 = Child("layer3"); layer4 = Child("layer4");
        avgpool = Child("avgpool");
        EmbeddingDim = depth == 50 ? 2048 : 512;
        stages =
        [
            ("conv1", conv1), ("bn1", bn1), ("relu", relu), ("maxpool", maxpool),
            ("layer1", layer1), ("layer2", layer2), ("layer3", layer3), ("layer4", layer4), (EmbeddingStage, avgpool),
        ];
        RegisterComponents();
    }

    public int Depth { get; }

    public override int EmbeddingDim { get; }

    public override int InputSize { get; }

    public override EncoderSpec Spec => new(EncoderSpec.ResNet, Depth, null, InputSize, EmbeddingDim);

    protected override IReadOnlyList<(string Name, nn.Module<Tensor, Tensor> Module)> Stages => stages;
}

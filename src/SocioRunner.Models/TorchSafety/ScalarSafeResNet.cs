using SocioRunner.Models.TorchSafety.Internal;
using static TorchSharp.torch;

namespace SocioRunner.Models.TorchSafety;

/// <summary>
/// TorchVision's ResNet (the <c>TorchSharp.Modules.ResNet</c> class, so names, construction order, random
/// initialization and forward are TorchVision's) built with project residual blocks and <see cref="BatchNorm2d"/>:
/// TorchVision's own blocks add the shortcut with <c>Tensor.add_(Tensor)</c> (a temporary alpha Scalar) and its
/// batch norm updates its counter with temporaries (docs/scalar-safety.md). Same seed, same weights (tested).
/// </summary>
public static class ScalarSafeResNet
{
    public static TorchSharp.Modules.ResNet Create(int depth, int numClasses = 1000) => depth switch
    {
        18 => new("ResNet18", BasicBlock.Create, BasicBlock.Expansion, [2, 2, 2, 2], numClasses, norm_layer: Norm),
        34 => new("ResNet34", BasicBlock.Create, BasicBlock.Expansion, [3, 4, 6, 3], numClasses, norm_layer: Norm),
        50 => new("ResNet50", Bottleneck.Create, Bottleneck.Expansion, [3, 4, 6, 3], numClasses, norm_layer: Norm),
        _ => throw new ArgumentOutOfRangeException(nameof(depth), $"ResNet depth must be 18, 34 or 50, got {depth}"),
    };

    static nn.Module<Tensor, Tensor> Norm(int features) => new BatchNorm2d(features);
}

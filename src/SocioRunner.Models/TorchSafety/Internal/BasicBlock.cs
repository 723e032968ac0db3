using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.TorchSafety.Internal;

/// <summary>
/// TorchVision's ResNet basic block (two 3x3 convolutions) with TorchVision's field names and construction order
/// (so state-dict keys and random initialization match), adding the shortcut with a held alpha.
/// </summary>
internal sealed class BasicBlock : nn.Module<Tensor, Tensor>
{
    public const int Expansion = 1;

    // Declaration order = registration order = TorchVision's (state dict and init order depend on it).
    readonly nn.Module<Tensor, Tensor> conv1;
    readonly nn.Module<Tensor, Tensor> bn1;
    readonly nn.Module<Tensor, Tensor> conv2;
    readonly nn.Module<Tensor, Tensor> bn2;
    readonly nn.Module<Tensor, Tensor> relu1;
    readonly nn.Module<Tensor, Tensor>? downsample;

    BasicBlock(int inPlanes, int planes, int stride, nn.Module<Tensor, Tensor>? downsample, Func<int, nn.Module<Tensor, Tensor>> norm)
        : base("BasicBlock")
    {
        conv1 = nn.Conv2d(inPlanes, planes, 3L, stride, 1L, 1L, PaddingModes.Zeros, 1L, false);
        bn1 = norm(planes);
        relu1 = nn.ReLU(inplace: true);
        conv2 = nn.Conv2d(planes, planes, 3L, 1L, 1L, 1L, PaddingModes.Zeros, 1L, false);
        bn2 = norm(planes);
        this.downsample = downsample;
        RegisterComponents();
    }

    public static nn.Module<Tensor, Tensor> Create(int inPlanes, int planes, int stride, nn.Module<Tensor, Tensor>? downsample,
        int groups, int baseWidth, int dilation, Func<int, nn.Module<Tensor, Tensor>>? norm)
    {
        if (groups != 1 || baseWidth != 64) throw new ArgumentException("BasicBlock only supports groups=1 and base_width=64");
        if (dilation > 1) throw new NotSupportedException("dilation > 1 not supported in BasicBlock");
        return new BasicBlock(inPlanes, planes, stride, downsample, norm ?? (f => new BatchNorm2d(f)));
    }

    public override Tensor forward(Tensor input)
    {
        var output = bn2.call(conv2.call(relu1.call(bn1.call(conv1.call(input)))));
        var shortcut = downsample is null ? input : downsample.call(input);
        return output.add_(shortcut, ScalarConstants.One).relu_();
    }
}

using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.TorchSafety.Internal;

/// <summary>
/// TorchVision's ResNet bottleneck block (1x1, 3x3, 1x1 convolutions, expansion 4) with TorchVision's field names and
/// construction order (so state-dict keys and random initialization match), adding the shortcut with a held alpha.
/// </summary>
internal sealed class Bottleneck : nn.Module<Tensor, Tensor>
{
    public const int Expansion = 4;

    // Declaration order = registration order = TorchVision's (state dict and init order depend on it).
    readonly nn.Module<Tensor, Tensor> conv1;
    readonly nn.Module<Tensor, Tensor> bn1;
    readonly nn.Module<Tensor, Tensor> conv2;
    readonly nn.Module<Tensor, Tensor> bn2;
    readonly nn.Module<Tensor, Tensor> conv3;
    readonly nn.Module<Tensor, Tensor> bn3;
    readonly nn.Module<Tensor, Tensor> relu1;
    readonly nn.Module<Tensor, Tensor> relu2;
    readonly nn.Module<Tensor, Tensor>? downsample;

    Bottleneck(int inPlanes, int planes, int stride, nn.Module<Tensor, Tensor>? downsample, int groups, int baseWidth, int dilation,
        Func<int, nn.Module<Tensor, Tensor>> norm) : base("Bottleneck")
    {
        int width = (int)(planes * (baseWidth / 64.0)) * groups;
        conv1 = nn.Conv2d(inPlanes, width, 1L, 1L, 0L, 1L, PaddingModes.Zeros, 1L, false);
        bn1 = norm(width);
        relu1 = nn.ReLU(inplace: true);
        conv2 = nn.Conv2d(width, width, 3L, stride, dilation, dilation, PaddingModes.Zeros, groups, false);
        bn2 = norm(width);
        relu2 = nn.ReLU(inplace: true);
        conv3 = nn.Conv2d(width, Expansion * planes, 1L, 1L, 0L, 1L, PaddingModes.Zeros, 1L, false);
        bn3 = norm(Expansion * planes);
        this.downsample = downsample;
        RegisterComponents();
    }

    public static nn.Module<Tensor, Tensor> Create(int inPlanes, int planes, int stride, nn.Module<Tensor, Tensor>? downsample,
        int groups, int baseWidth, int dilation, Func<int, nn.Module<Tensor, Tensor>>? norm) =>
        new Bottleneck(inPlanes, planes, stride, downsample, groups, baseWidth, dilation, norm ?? (f => new BatchNorm2d(f)));

    public override Tensor forward(Tensor input)
    {
        var output = relu1.call(bn1.call(conv1.call(input)));
        output = relu2.call(bn2.call(conv2.call(output)));
        output = bn3.call(conv3.call(output));
        var shortcut = downsample is null ? input : downsample.call(input);
        return output.add_(shortcut, ScalarConstants.One).relu_();
    }
}

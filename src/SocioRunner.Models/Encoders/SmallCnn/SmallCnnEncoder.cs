using static TorchSharp.torch;

namespace SocioRunner.Models.Encoders.SmallCnn;

/// <summary>
/// A small, fast CNN for quick runs on small tiles (32-64 px): a stride-2 stem, then one block per width
/// (two 3x3 conv + batch norm + ReLU, 2x2 max pooling between blocks), then global average pooling.
/// About 25 MFLOPs per 40 px image with the default widths (32, 64, 128); embedding = last width.
/// Stages: <c>stem, block1..blockN, avgpool</c>.
/// </summary>
public sealed class SmallCnnEncoder : StagedEncoder
{
    public static readonly IReadOnlyList<int> DefaultWidths = [32, 64, 128];

    readonly nn.Module<Tensor, Tensor> stem;
    readonly TorchSharp.Modules.ModuleList<nn.Module<Tensor, Tensor>> blocks;
    readonly nn.Module<Tensor, Tensor> avgpool;
    readonly IReadOnlyList<(string, nn.Module<Tensor, Tensor>)> stages;

    public SmallCnnEncoder(IReadOnlyList<int> widths, int inputSize) : base("small_cnn")
    {
        if (widths.Count == 0 || widths.Any(w => w < 1)) throw new ArgumentException("widths must be a non-empty list of positive channel counts", nameof(widths));
        Widths = widths.ToArray();
        InputSize = inputSize;
        stem = ConvBnRelu(3, widths[0], stride: 2);
        var blockList = new List<nn.Module<Tensor, Tensor>>();
        int channels = widths[0];
        for (int i = 0; i < widths.Count; i++)
        {
            bool last = i == widths.Count - 1;
            blockList.Add(Block(channels, widths[i], pool: !last));
            channels = widths[i];
        }
        blocks = nn.ModuleList(blockList.ToArray());
        avgpool = nn.AdaptiveAvgPool2d(1);
        var stageList = new List<(string, nn.Module<Tensor, Tensor>)> { ("stem", stem) };
        for (int i = 0; i < blockList.Count; i++) stageList.Add(($"block{i + 1}", blockList[i]));
        stageList.Add((EmbeddingStage, avgpool));
        stages = stageList;
        RegisterComponents();
    }

    public IReadOnlyList<int> Widths { get; }

    public override int EmbeddingDim => Widths[^1];

    public override int InputSize { get; }

    public override EncoderSpec Spec => new(EncoderSpec.SmallCnn, null, Widths, InputSize, EmbeddingDim);

    protected override IReadOnlyList<(string Name, nn.Module<Tensor, Tensor> Module)> Stages => stages;

    static nn.Module<Tensor, Tensor> ConvBnRelu(int input, int output, int stride = 1) => nn.Sequential(
        ("conv", nn.Conv2d(input, output, 3, stride: stride, padding: 1, bias: false)),
        ("bn", new TorchSafety.BatchNorm2d(output)),
        ("relu", nn.ReLU(inplace: true)));

    static nn.Module<Tensor, Tensor> Block(int input, int output, bool pool)
    {
        var layers = new List<(string, nn.Module<Tensor, Tensor>)>
        {
            ("conv_a", ConvBnRelu(input, output)),
            ("conv_b", ConvBnRelu(output, output)),
        };
        if (pool) layers.Add(("pool", nn.MaxPool2d(2)));
        return nn.Sequential(layers);
    }
}

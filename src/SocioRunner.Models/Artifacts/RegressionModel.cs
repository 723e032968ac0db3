using SocioRunner.Models.Encoders;
using static TorchSharp.torch;

namespace SocioRunner.Models.Artifacts;

/// <summary>An encoder plus a linear regression head: input [N, 3, S, S] to prediction [N, 1].</summary>
public sealed class RegressionModel : nn.Module<Tensor, Tensor>
{
    readonly StagedEncoder encoder;
    readonly nn.Module<Tensor, Tensor> head;

    public RegressionModel(StagedEncoder encoder, nn.Module<Tensor, Tensor>? head = null) : base("regression_model")
    {
        this.encoder = encoder;
        this.head = head ?? nn.Linear(encoder.EmbeddingDim, 1);
        RegisterComponents();
    }

    public StagedEncoder Encoder => encoder;

    /// <summary><c>Linear(EmbeddingDim, 1)</c>.</summary>
    public nn.Module<Tensor, Tensor> Head => head;

    public override Tensor forward(Tensor input) => head.call(encoder.call(input));
}

using static TorchSharp.torch;

namespace SocioRunner.Models.Encoders;

/// <summary>
/// An image encoder split into ordered, named stages (e.g. <c>conv1 ... layer4, avgpool</c>) so explanation code can
/// cut the network at any named layer. The last stage is always <c>avgpool</c>: global average pooling, flattened
/// to <c>[N, EmbeddingDim]</c> (the paper's TCAV layer and the embedding every head and loss uses).
/// </summary>
public abstract class StagedEncoder : nn.Module<Tensor, Tensor>
{
    /// <summary>The name of the final, flattened embedding stage.</summary>
    public const string EmbeddingStage = "avgpool";

    protected StagedEncoder(string name) : base(name) { }

    /// <summary>Stage names in execution order; the last is <see cref="EmbeddingStage"/>.</summary>
    public IReadOnlyList<string> StageNames => Stages.Select(s => s.Name).ToList();

    /// <summary>Length of the embedding produced by <see cref="EmbeddingStage"/>.</summary>
    public abstract int EmbeddingDim { get; }

    /// <summary>Expected square input size in pixels.</summary>
    public abstract int InputSize { get; }

    /// <summary>The architecture description written to <c>model.json</c>; <see cref="EncoderFactory"/> rebuilds the module from it.</summary>
    public abstract EncoderSpec Spec { get; }

    /// <summary>The stages in order. Implementations register the same modules as submodules.</summary>
    protected abstract IReadOnlyList<(string Name, nn.Module<Tensor, Tensor> Module)> Stages { get; }

    /// <summary>Input [N, 3, S, S] to embedding [N, EmbeddingDim].</summary>
    public override Tensor forward(Tensor input) => ForwardTo(EmbeddingStage, input);

    /// <summary>Runs the network from the input up to and including <paramref name="stage"/>; returns that stage's output.</summary>
    public Tensor ForwardTo(string stage, Tensor input)
    {
        int last = IndexOf(stage);
        Tensor x = input;
        for (int i = 0; i <= last; i++) x = Apply(i, x);
        return x;
    }

    /// <summary>Continues from the output of <paramref name="stage"/> to the embedding.</summary>
    public Tensor ForwardFrom(string stage, Tensor activations)
    {
        int first = IndexOf(stage) + 1;
        Tensor x = activations;
        for (int i = first; i < Stages.Count; i++) x = Apply(i, x);
        return x;
    }

    Tensor Apply(int index, Tensor x)
    {
        var (name, module) = Stages[index];
        Tensor y = module.call(x);
        return name == EmbeddingStage ? y.flatten(1) : y;
    }

    int IndexOf(string stage)
    {
        for (int i = 0; i < Stages.Count; i++)
            if (Stages[i].Name == stage) return i;
        throw new ArgumentException($"unknown layer '{stage}'; layers: {string.Join(", ", StageNames)}", nameof(stage));
    }
}

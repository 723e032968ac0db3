using SocioRunner.Models.TorchSafety;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Training.Internal;

/// <summary>
/// The regression head used while training: <c>linear(x) * std + mean</c> with the training labels' mean and
/// standard deviation. Outcomes such as income are in the tens of thousands; a freshly initialised linear layer
/// predicts about 0 and AdamW moves it by about lr per step, so without this it would need millions of steps to
/// reach the label range. With it the layer learns standardised targets, and <see cref="Fold"/> turns it back
/// into one plain <c>Linear</c> (W·std, b·std + mean) before saving, so model artifacts stay a single linear head.
/// </summary>
internal sealed class LabelScaledHead : nn.Module<Tensor, Tensor>
{
    readonly nn.Module<Tensor, Tensor> linear;
    readonly double mean;
    readonly double std;

    public LabelScaledHead(int inFeatures, double mean, double std) : base("label_scaled_head")
    {
        linear = nn.Linear(inFeatures, 1);
        this.mean = mean;
        this.std = std > 1e-12 ? std : 1.0;
        RegisterComponents();
    }

    public static (double Mean, double Std) Statistics(IEnumerable<double> labels)
    {
        var values = labels.ToArray();
        if (values.Length == 0) return (0, 1);
        double mean = values.Average();
        double variance = values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Length - 1);
        return (mean, Math.Sqrt(variance));
    }

    public double Std => std;

    public override Tensor forward(Tensor input)
    {
        using var stdScalar = std.ToScalar();
        using var meanScalar = mean.ToScalar();
        return linear.call(input).mul(stdScalar).add(meanScalar, ScalarConstants.One);
    }

    /// <summary>An equivalent plain <c>Linear</c> (same outputs), for saving.</summary>
    public nn.Module<Tensor, Tensor> Fold()
    {
        var folded = nn.Linear(((nn.Module<Tensor, Tensor>)linear).parameters().First().shape[1], 1);
        using (no_grad())
        {
            var parameters = linear.named_parameters().ToDictionary(p => p.name, p => p.parameter);
            using var stdScalar = std.ToScalar();
            using var meanScalar = mean.ToScalar();
            folded.named_parameters().First(p => p.name == "weight").parameter.copy_(parameters["weight"].mul(stdScalar));
            folded.named_parameters().First(p => p.name == "bias").parameter.copy_(parameters["bias"].mul(stdScalar).add(meanScalar, ScalarConstants.One));
        }
        return folded;
    }
}

using SocioRunner.Models.Artifacts;
using SocioRunner.Models.TorchSafety;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Training.Internal;

/// <summary>
/// The regression head used while training: <c>head(x) * std + mean</c> with the training labels' mean and
/// standard deviation. Outcomes such as income are in the tens of thousands; a freshly initialised linear layer
/// predicts about 0 and AdamW moves it by about lr per step, so without this it would need millions of steps to
/// reach the label range. With it the layer learns standardised targets, and <see cref="Fold"/> turns it back
/// into a plain head of the same shape (the output layer's W·std, b·std + mean) before saving, so model artifacts hold
/// the head alone (<see cref="RegressionHead"/>: linear, or with one hidden layer).
/// </summary>
internal sealed class LabelScaledHead : nn.Module<Tensor, Tensor>
{
    readonly nn.Module<Tensor, Tensor> linear;
    readonly int inFeatures;
    readonly int? hiddenUnits;
    readonly double mean;
    readonly double std;

    public LabelScaledHead(int inFeatures, double mean, double std, int? hiddenUnits = null) : base("label_scaled_head")
    {
        linear = RegressionHead.Create(inFeatures, hiddenUnits);
        this.inFeatures = inFeatures;
        this.hiddenUnits = hiddenUnits;
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

    /// <summary>An equivalent plain head (same outputs, same shape), for saving.</summary>
    public nn.Module<Tensor, Tensor> Fold()
    {
        var folded = RegressionHead.Create(inFeatures, hiddenUnits);
        string output = RegressionHead.OutputPrefix(hiddenUnits);
        using (no_grad())
        {
            var parameters = linear.named_parameters().ToDictionary(p => p.name, p => p.parameter);
            using var stdScalar = std.ToScalar();
            using var meanScalar = mean.ToScalar();
            foreach (var (name, parameter) in folded.named_parameters())
            {
                using var value = name == output + "weight" ? parameters[name].mul(stdScalar)
                    : name == output + "bias" ? parameters[name].mul(stdScalar).add(meanScalar, ScalarConstants.One)
                    : parameters[name].clone();
                parameter.copy_(value);
            }
        }
        return folded;
    }
}

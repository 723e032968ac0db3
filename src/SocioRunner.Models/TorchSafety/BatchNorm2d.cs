using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SocioRunner.Models.TorchSafety;

/// <summary>
/// 2-D batch normalization, equal to TorchSharp's <c>nn.BatchNorm2d</c> (same computation through
/// <c>nn.functional.batch_norm</c>, same state-dict names <c>weight, bias, running_mean, running_var,
/// num_batches_tracked</c> in the same order), except that the training-mode counter update
/// <c>num_batches_tracked += 1</c> uses a rooted <see cref="Scalar"/> instead of two temporaries: TorchSharp's own
/// <c>num_batches_tracked.add_(1)</c> can have its alpha freed by a finalizer mid-call (docs/scalar-safety.md).
/// </summary>
public sealed class BatchNorm2d : nn.Module<Tensor, Tensor>
{
    // State-dict names (and their registration order) as TorchSharp's NormBase registers them.
    const string weight = "weight", bias = "bias", running_mean = "running_mean", running_var = "running_var",
        num_batches_tracked = "num_batches_tracked";

    public BatchNorm2d(long numFeatures, double eps = 1e-5, double momentum = 0.1) : base(nameof(BatchNorm2d))
    {
        if (numFeatures < 1) throw new ArgumentOutOfRangeException(nameof(numFeatures), "BatchNorm2d needs at least one feature");
        NumFeatures = numFeatures;
        Eps = eps;
        Momentum = momentum;
        register_parameter(weight, nn.Parameter(ones(numFeatures)));
        register_parameter(bias, nn.Parameter(zeros(numFeatures)));
        register_buffer(running_mean, zeros(numFeatures));
        register_buffer(running_var, ones(numFeatures));
        register_buffer(num_batches_tracked, tensor(0L));
    }

    public long NumFeatures { get; }

    public double Eps { get; }

    public double Momentum { get; }

    /// <summary>The learnable scale (registered as <c>weight</c>).</summary>
    public Parameter Weight => GetParameter(weight);

    /// <summary>The learnable shift (registered as <c>bias</c>).</summary>
    public Parameter Bias => GetParameter(bias);

    /// <summary>Running mean (buffer <c>running_mean</c>).</summary>
    public Tensor RunningMean => GetBuffer(running_mean);

    /// <summary>Running variance (buffer <c>running_var</c>).</summary>
    public Tensor RunningVar => GetBuffer(running_var);

    /// <summary>Number of training-mode forwards (buffer <c>num_batches_tracked</c>, int64).</summary>
    public Tensor NumBatchesTracked => GetBuffer(num_batches_tracked);

    public override Tensor forward(Tensor input)
    {
        if (input.ndim != 4) throw new ArgumentException($"expected 4D input, but got {input.ndim}D input.");
        if (training) NumBatchesTracked.add_(ScalarConstants.One, ScalarConstants.One);
        return nn.functional.batch_norm(input, RunningMean, RunningVar, Weight, Bias, training, Momentum, Eps);
    }

    // The module's to()/load() replace tensors in the registries (not in the fields), so reads go through them.
    Parameter GetParameter(string name) => get_parameter(name) ?? throw new InvalidOperationException($"parameter {name} missing");

    Tensor GetBuffer(string name) => get_buffer(name) ?? throw new InvalidOperationException($"buffer {name} missing");
}

using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SocioRunner.Models.TorchSafety;

/// <summary>
/// TorchSharp's AdamW (decoupled weight decay, Loshchilov &amp; Hutter) with every hyper-parameter passed to libtorch
/// as a held <see cref="Scalar"/>. TorchSharp 0.107's <c>AdamW.step</c> performs the same operations in the same order
/// but converts each number to a temporary Scalar the GC may free mid-call (docs/scalar-safety.md). Parameter groups,
/// options, state and <c>save_state_dict</c>/<c>load_state_dict</c> are inherited unchanged, so resume files stay
/// compatible; an unstressed step is bit-identical to TorchSharp's (tested).
/// </summary>
public sealed class ScalarSafeAdamW : AdamW
{
    // The base constructor is banned (RS0030) to steer callers here; deriving from it is the point of this class.
#pragma warning disable RS0030
    public ScalarSafeAdamW(IEnumerable<Parameter> parameters, double lr = 0.001, double beta1 = 0.9, double beta2 = 0.999,
        double eps = 1e-8, double weightDecay = 0.0, bool amsgrad = false, bool maximize = false)
        : base(parameters, lr, beta1, beta2, eps, weightDecay, amsgrad, maximize)
    {
    }
#pragma warning restore RS0030

    public override Tensor step(Func<Tensor>? closure = null) => _step<ParamGroup>(group =>
    {
        var options = (Options)group.Options;
        double beta1 = options.beta1!.Value, beta2 = options.beta2!.Value, eps = options.eps!.Value;
        double weightDecay = options.weight_decay!.Value, lr = options.LearningRate!.Value;
        bool amsgrad = options.amsgrad!.Value, maximize = options.maximize!.Value;
        using var beta1Scalar = beta1.ToScalar();
        using var beta2Scalar = beta2.ToScalar();
        using var gradWeight = (1.0 - beta1).ToScalar();
        using var squareWeight = (1.0 - beta2).ToScalar();
        using var decay = (1.0 - lr * weightDecay).ToScalar();
        using var epsScalar = eps.ToScalar();
        foreach (var parameter in group.Parameters)
        {
            var state = (State)_state[parameter.Handle];
            var grad = parameter.grad;
            if (grad is null) continue;
            if (maximize) grad = -grad;
            state.step++;
            parameter.mul_(decay);
            double biasCorrection1 = 1.0 - Math.Pow(beta1, state.step);
            double biasCorrection2 = 1.0 - Math.Pow(beta2, state.step);
            state.exp_avg.mul_(beta1Scalar).add_(grad, gradWeight);
            state.exp_avg_sq.mul_(beta2Scalar).addcmul_(grad, grad, squareWeight);
            using var sqrtCorrection2 = Math.Sqrt(biasCorrection2).ToScalar();
            Tensor second = state.exp_avg_sq;
            if (amsgrad)
            {
                var previous = state.max_exp_avg_sq;
                state.max_exp_avg_sq = maximum(previous, state.exp_avg_sq).DetachFromDisposeScope();
                previous.Dispose();
                second = state.max_exp_avg_sq;
            }
            var denominator = second.sqrt().div(sqrtCorrection2).add_(epsScalar, ScalarConstants.One);
            using var stepSize = (0.0 - lr / biasCorrection1).ToScalar();
            parameter.addcdiv_(state.exp_avg, denominator, stepSize);
        }
    }, closure);
}

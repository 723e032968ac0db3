using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tests.Tcav.Scoring;

public sealed class SgdLinearSvmTests
{
    // Hand-computed with scikit-learn's 'optimal' schedule for alpha 0.1: eta0 = sqrt(1/sqrt(0.1)) = 1.77828,
    // t0 = 1/(eta0 alpha) = 5.62341, eta_t = 1/(alpha (t0 + t - 1)).
    [Fact]
    public void First_step_follows_the_optimal_schedule()
    {
        var model = SgdLinearSvm.Train([[1f]], [true], new SgdSvmSettings { MaxEpochs = 1 }, seed: 0);

        Assert.Equal(1.7782794, model.Weights[0], 5);
        Assert.Equal(1.7782794, model.Intercept, 5);
    }

    [Fact]
    public void Second_step_only_shrinks_when_the_margin_is_met()
    {
        var model = SgdLinearSvm.Train([[1f]], [true], new SgdSvmSettings { MaxEpochs = 2, Tolerance = 0 }, seed: 0);

        Assert.Equal(1.5097956, model.Weights[0], 5);
        Assert.Equal(1.7782794, model.Intercept, 5);
    }

    [Fact]
    public void Separates_separable_data_and_is_deterministic_for_a_seed()
    {
        var random = new Random(1);
        var rows = Enumerable.Range(0, 60).Select(i => new[] { (float)(random.NextDouble() - 0.5 + (i < 30 ? 2 : -2)), (float)random.NextDouble() }).ToArray();
        var labels = Enumerable.Range(0, 60).Select(i => i < 30).ToArray();

        var first = SgdLinearSvm.Train(rows, labels, new SgdSvmSettings(), seed: 5);
        var second = SgdLinearSvm.Train(rows, labels, new SgdSvmSettings(), seed: 5);

        Assert.Equal(first.Weights, second.Weights);
        Assert.True(first.Weights[0] > 0);
        Assert.All(Enumerable.Range(0, 60), i => Assert.Equal(labels[i], first.PredictPositive(rows[i])));
        Assert.True(first.Epochs < 1000, "tolerance-based stopping should end training early");
    }
}

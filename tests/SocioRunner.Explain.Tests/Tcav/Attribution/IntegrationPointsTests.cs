using SocioRunner.Explain.Tcav.Attribution;

namespace SocioRunner.Explain.Tests.Tcav.Attribution;

public sealed class IntegrationPointsTests
{
    [Fact]
    public void Gauss_legendre_matches_numpy_leggauss_mapped_to_unit_interval()
    {
        // numpy.polynomial.legendre.leggauss(5): nodes ±0.9061798459, ±0.5384693101, 0; weights 0.2369268851, 0.4786286705, 0.5688888889.
        var points = IntegrationPoints.Create(IntegrationRule.GaussLegendre, 5);

        double[] alphas = [(1 - 0.9061798459) / 2, (1 - 0.5384693101) / 2, 0.5, (1 + 0.5384693101) / 2, (1 + 0.9061798459) / 2];
        double[] weights = [0.2369268851 / 2, 0.4786286705 / 2, 0.5688888889 / 2, 0.4786286705 / 2, 0.2369268851 / 2];
        Assert.Equal(alphas, points.Alphas, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(weights, points.Weights, (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Fact]
    public void Riemann_trapezoid_as_captum_with_step_sizes_one_over_n()
    {
        var points = IntegrationPoints.Create(IntegrationRule.RiemannTrapezoid, 5);

        Assert.Equal([0, 0.25, 0.5, 0.75, 1], points.Alphas);
        // Captum's approximation_methods.riemann_builders: deltas = [1/n] * n, halved at both ends (they sum to 0.8 here).
        Assert.Equal([0.1, 0.2, 0.2, 0.2, 0.1], points.Weights, (a, b) => Math.Abs(a - b) < 1e-12);
    }
}

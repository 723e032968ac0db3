using SocioRunner.Explain.Tsne.Embedding;
using SocioRunner.Explain.Tsne.Embedding.Internal;

namespace SocioRunner.Explain.Tests.Tsne.Embedding;

/// <summary>
/// The FFT-interpolated gradient against the exact one on the same affinities. With p Lagrange nodes per box of
/// width w <= 1 the kernel's interpolation error in one dimension is at most max|f^(p)| · w^p · max Π|u - t_a| / p!;
/// for the squared Cauchy kernel f = (1 + r²)^-2 and p = 3 that is about 7 · 0.069 / 6 ≈ 0.08 of the kernel's peak
/// (at the box edges, for pairs closer than a box), and far less for distant pairs, whose kernel is flat. Close pairs
/// carry a few percent of a point's repulsion in a converged map, so the gradient should agree to a few 1e-2 relative
/// (openTSNE's default accuracy, comparable to Barnes–Hut at θ = 0.5); the tests allow 5e-2. KL only needs Z, a sum
/// over all pairs where errors of both signs largely cancel, so it agrees to a few 1e-3 (5e-3 allowed). From p = 3 to p = 5 the bound shrinks by
/// w² · 3! / 5! · (0.069 → 0.012 for the node products) ≈ 1/100; the second test asks for a 5x drop at least.
/// </summary>
public sealed class FftObjectiveTests
{
    private static (JointAffinities Affinities, double[] Positions) Problem(double spread)
    {
        var (rows, _) = GaussianClusters.Generate(4, 60, 12, 5, seed: 3);
        var data = FeatureMatrix.FromRows(rows);
        var neighbors = ExactNearestNeighbors.Find(data, 31);
        var affinities = JointAffinities.Symmetrize(neighbors, PerplexityCalibrator.ConditionalProbabilities(neighbors, 10));
        // A map the size t-SNE produces for a few hundred points: clusters some tens of units apart.
        var random = new Random(11);
        var positions = new double[2 * rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var cluster = i / 60;
            positions[2 * i] = spread * (cluster % 2) + 4 * (random.NextDouble() - 0.5);
            positions[2 * i + 1] = spread * (cluster / 2) + 4 * (random.NextDouble() - 0.5);
        }

        return (affinities, positions);
    }

    private static double RelativeError(double[] approximate, double[] exact)
    {
        double difference = 0, norm = 0;
        for (var c = 0; c < exact.Length; c++)
        {
            difference += (approximate[c] - exact[c]) * (approximate[c] - exact[c]);
            norm += exact[c] * exact[c];
        }

        return Math.Sqrt(difference / norm);
    }

    private static (double GradientError, double KlError) Compare(int interpolationPoints, double spread, double exaggeration)
    {
        var (affinities, positions) = Problem(spread);
        var exactGradient = new double[positions.Length];
        var fftGradient = new double[positions.Length];
        var exact = new ExactObjective(affinities) { Exaggeration = exaggeration };
        var fft = new FftObjective(affinities, interpolationPoints, minIntervals: 50, intervalsPerUnit: 1) { Exaggeration = exaggeration };

        var exactKl = exact.Evaluate(positions, exactGradient, computeError: true);
        var fftKl = fft.Evaluate(positions, fftGradient, computeError: true);

        return (RelativeError(fftGradient, exactGradient), Math.Abs(fftKl / exactKl - 1));
    }

    [Theory]
    [InlineData(30.0, 1.0)]
    [InlineData(30.0, 12.0)]
    [InlineData(80.0, 1.0)]
    public void Three_interpolation_points_match_the_exact_gradient_within_the_interpolation_bound(double spread, double exaggeration)
    {
        var (gradientError, klError) = Compare(3, spread, exaggeration);

        Assert.True(gradientError < 5e-2, $"relative gradient error {gradientError:E2}");
        Assert.True(klError < 5e-3, $"relative KL error {klError:E2}");
    }

    [Fact]
    public void More_interpolation_points_shrink_the_error()
    {
        var three = Compare(3, 80, 1).GradientError;
        var five = Compare(5, 80, 1).GradientError;

        Assert.True(five < three / 5, $"p = 3: {three:E2}, p = 5: {five:E2}");
    }

    [Fact]
    public void The_grid_covers_the_map_with_fft_friendly_box_counts()
    {
        var positions = new[] { -40.0, 3, 60, -2, 0, 0 };

        var grid = InterpolationGrid.Cover(positions, 3, nodesPerBox: 3, minBoxes: 50, boxesPerUnit: 1);

        Assert.True(grid.Boxes >= 100);
        Assert.True(grid.Boxes * grid.BoxWidth >= 100);
        Assert.Equal(0, grid.Locate(-40 - grid.CenterX, out _));
        Assert.Equal(grid.Boxes - 1, grid.Locate(60 - grid.CenterX, out var inLastBox));
        Assert.InRange(inLastBox, 0, 1);
        var length = 2 * 3 * grid.Boxes;
        foreach (var prime in new[] { 2, 3, 5 })
        {
            while (length % prime == 0)
            {
                length /= prime;
            }
        }

        Assert.Equal(1, length);
    }
}

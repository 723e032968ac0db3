using SocioRunner.Explain.Tsne.Embedding;

namespace SocioRunner.Explain.Tests.Tsne.Embedding;

// Reference values from scikit-learn 1.2.1: sklearn.manifold.trustworthiness(X, Y, n_neighbors=k).
public sealed class TrustworthinessTests
{
    private static readonly float[][] Line = [.. new[] { 0f, 1, 3, 6, 10, 15, 21, 28 }.Select(x => new[] { x, 0f })];

    [Fact]
    public void A_map_equal_to_the_data_is_perfectly_trustworthy()
    {
        var map = Line.SelectMany(row => row.Select(v => (double)v)).ToArray();

        Assert.Equal(1.0, Trustworthiness.Compute(Line, map, 3), 12);
    }

    [Theory]
    [InlineData(2, 0.8333333333333334)]
    [InlineData(3, 0.875)]
    public void Swapped_neighbours_match_scikit_learn(int k, double expected)
    {
        double[] swapped = [0, 3, 1, 6, 15, 10, 28, 21];
        var map = swapped.SelectMany(x => new[] { x, 0.0 }).ToArray();

        Assert.Equal(expected, Trustworthiness.Compute(Line, map, k), 12);
    }

    [Theory]
    [InlineData(5, 0.4503030303030303)]
    [InlineData(3, 0.45777777777777773)]
    public void An_unrelated_map_matches_scikit_learn(int k, double expected)
    {
        // X[i, j] = sin(1.3 i + 0.7 j) cos(0.5 i j + 1) as float32; Y[i] = (sin i, cos 2.1 i).
        var data = Enumerable.Range(0, 30)
            .Select(i => Enumerable.Range(0, 5).Select(j => (float)(Math.Sin(1.3 * i + 0.7 * j) * Math.Cos(0.5 * i * j + 1))).ToArray())
            .ToArray();
        var map = Enumerable.Range(0, 30).SelectMany(i => new[] { Math.Sin(i), Math.Cos(2.1 * i) }).ToArray();

        Assert.Equal(expected, Trustworthiness.Compute(data, map, k), 12);
    }

    [Fact]
    public void Too_many_neighbours_are_rejected()
    {
        var map = new double[16];

        Assert.Throws<ArgumentException>(() => Trustworthiness.Compute(Line, map, 4));
    }
}

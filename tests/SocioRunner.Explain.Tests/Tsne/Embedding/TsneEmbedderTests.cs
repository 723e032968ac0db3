using SocioRunner.Explain.Tsne.Embedding;

namespace SocioRunner.Explain.Tests.Tsne.Embedding;

public sealed class TsneEmbedderTests
{
    private static readonly (float[][] Rows, int[] Labels) Clusters = GaussianClusters.Generate(4, 50, 20, 6, seed: 7);

    private static TsneEmbedderOptions Small(int seed, TsneMethod method) => new()
    {
        Seed = seed,
        Perplexity = 10,
        Iterations = 500,
        Method = method,
    };

    [Fact]
    public void The_same_seed_gives_identical_coordinates()
    {
        var first = new TsneEmbedder(Small(3, TsneMethod.BarnesHut)).Embed(Clusters.Rows);
        var second = new TsneEmbedder(Small(3, TsneMethod.BarnesHut)).Embed(Clusters.Rows);

        Assert.Equal(first.Coordinates, second.Coordinates);
        Assert.Equal(first.KullbackLeiblerDivergence, second.KullbackLeiblerDivergence);
    }

    [Fact]
    public void The_fft_method_is_deterministic_for_a_seed()
    {
        // Short runs: determinism shows after a few iterations, and each FFT iteration has a fixed grid cost.
        var options = Small(3, TsneMethod.Fft) with { Iterations = 120, ExaggerationIterations = 60 };
        var first = new TsneEmbedder(options).Embed(Clusters.Rows);
        var second = new TsneEmbedder(options).Embed(Clusters.Rows);

        Assert.Equal(first.Coordinates, second.Coordinates);
    }

    [Fact]
    public void Too_few_points_for_the_perplexity_lower_it_with_a_warning()
    {
        var result = new TsneEmbedder(Small(0, TsneMethod.BarnesHut) with { Perplexity = 100 }).Embed(Clusters.Rows);

        Assert.Equal(199 / 3.0, result.Perplexity, 12);
        Assert.Contains("perplexity 100 is too large for 200 points", Assert.Single(result.Warnings));
        Assert.All(result.Coordinates, c => Assert.True(double.IsFinite(c)));
    }

    [Fact]
    public void Different_seeds_give_different_coordinates_with_random_init()
    {
        TsneEmbedderOptions Options(int seed) => Small(seed, TsneMethod.BarnesHut) with { Initialization = TsneInitialization.Random };
        var first = new TsneEmbedder(Options(1)).Embed(Clusters.Rows);
        var second = new TsneEmbedder(Options(2)).Embed(Clusters.Rows);

        Assert.NotEqual(first.Coordinates, second.Coordinates);
    }

    [Theory]
    [InlineData(TsneMethod.Exact)]
    [InlineData(TsneMethod.BarnesHut)]
    [InlineData(TsneMethod.Fft)]
    public void Well_separated_clusters_stay_separated(TsneMethod method)
    {
        var result = new TsneEmbedder(Small(0, method)).Embed(Clusters.Rows);

        Assert.Equal(method, result.Method);
        Assert.Equal(500, result.Iterations);
        Assert.True(Trustworthiness.Compute(Clusters.Rows, result.Coordinates, 10) > 0.95);
        Assert.True(NearestNeighborLabelAgreement(result, Clusters.Labels) > 0.98);
        Assert.All(result.Coordinates, c => Assert.True(double.IsFinite(c)));
    }

    [Fact]
    public void Exact_and_Barnes_Hut_reach_similar_divergences()
    {
        var exact = new TsneEmbedder(Small(0, TsneMethod.Exact)).Embed(Clusters.Rows);
        var barnesHut = new TsneEmbedder(Small(0, TsneMethod.BarnesHut)).Embed(Clusters.Rows);

        Assert.InRange(exact.KullbackLeiblerDivergence, 0.05, 3);
        Assert.InRange(barnesHut.KullbackLeiblerDivergence / exact.KullbackLeiblerDivergence, 0.8, 1.25);
    }

    [Fact]
    public void Duplicate_points_do_not_break_the_quadtree()
    {
        var rows = Enumerable.Range(0, 40).Select(i => new[] { (float)(i % 4), (float)(i % 4 == 0 ? 1 : 0) }).ToArray();

        var result = new TsneEmbedder(new TsneEmbedderOptions { Seed = 0, Perplexity = 5, Iterations = 300, Method = TsneMethod.BarnesHut })
            .Embed(rows);

        Assert.All(result.Coordinates, c => Assert.True(double.IsFinite(c)));
    }

    private static double NearestNeighborLabelAgreement(TsneResult result, int[] labels)
    {
        var agree = 0;
        for (var i = 0; i < result.PointCount; i++)
        {
            var nearest = Enumerable.Range(0, result.PointCount).Where(j => j != i)
                .MinBy(j => Math.Pow(result.X(i) - result.X(j), 2) + Math.Pow(result.Y(i) - result.Y(j), 2));
            agree += labels[nearest] == labels[i] ? 1 : 0;
        }

        return (double)agree / result.PointCount;
    }
}

using SocioRunner.Explain.Tsne.Embedding;

namespace SocioRunner.Explain.Tests.Tsne.Embedding;

public sealed class TsneEmbedderOptionsTests
{
    [Fact]
    public void Defaults_follow_scikit_learn()
    {
        var options = new TsneEmbedderOptions { Seed = 0 };

        Assert.Equal(30, options.Perplexity);
        Assert.Equal(12, options.EarlyExaggeration);
        Assert.Equal(250, options.ExaggerationIterations);
        Assert.Equal(1000, options.Iterations);
        Assert.Equal(TsneInitialization.Pca, options.Initialization);
        Assert.Equal(0.5, options.Theta);
        Assert.Equal(50, options.ResolveLearningRate(1000));
        Assert.Equal(5000 / 12.0 / 4, options.ResolveLearningRate(5000), 12);
        Assert.Equal(TsneMethod.Exact, options.ResolveMethod(1000));
        Assert.Equal(TsneMethod.BarnesHut, options.ResolveMethod(TsneEmbedderOptions.AutoExactMaxPoints + 1));
        Assert.Equal(TsneMethod.Fft, options.ResolveMethod(TsneEmbedderOptions.AutoBarnesHutMaxPoints + 1));
        Assert.Equal(3, options.InterpolationPoints);
    }

    [Fact]
    public void A_perplexity_above_a_third_of_the_points_is_lowered_to_n_minus_1_over_3_as_openTSNE_does()
    {
        var options = new TsneEmbedderOptions { Seed = 0, Perplexity = 30 };

        options.Validate(45);

        Assert.Equal(44 / 3.0, options.ResolvePerplexity(45), 12);
        Assert.Equal(30, options.ResolvePerplexity(91));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var options = new TsneEmbedderOptions { Seed = 0, Perplexity = 1, Iterations = 0, LearningRate = -1 };

        var error = Assert.Throws<ArgumentException>(() => options.Validate(3));

        Assert.Contains("at least 4 points", error.Message);
        Assert.Contains("learning_rate must be positive", error.Message);
        Assert.Contains("iterations must be at least 1", error.Message);
    }

    [Fact]
    public void The_embedder_validates_before_doing_any_work()
    {
        var embedder = new TsneEmbedder(new TsneEmbedderOptions { Seed = 0, Iterations = 0 });

        Assert.Throws<ArgumentException>(() => embedder.Embed(new float[20], 10, 2));
    }
}

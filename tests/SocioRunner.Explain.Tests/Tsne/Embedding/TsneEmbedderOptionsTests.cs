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
        Assert.Equal(TsneMethod.BarnesHut, options.ResolveMethod(1001));
    }

    [Fact]
    public void A_perplexity_of_a_third_of_the_points_or_more_is_rejected_with_a_clear_message()
    {
        var options = new TsneEmbedderOptions { Seed = 0, Perplexity = 30 };

        var error = Assert.Throws<ArgumentException>(() => options.Validate(90));

        Assert.Contains("Perplexity 30 is too large for 90 points", error.Message);
        options.Validate(91);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var options = new TsneEmbedderOptions { Seed = 0, Perplexity = 1, Iterations = 0, LearningRate = -1 };

        var error = Assert.Throws<ArgumentException>(() => options.Validate(3));

        Assert.Contains("at least 4 points", error.Message);
        Assert.Contains("LearningRate must be positive", error.Message);
        Assert.Contains("Iterations must be at least 1", error.Message);
    }

    [Fact]
    public void The_embedder_validates_before_doing_any_work()
    {
        var embedder = new TsneEmbedder(new TsneEmbedderOptions { Seed = 0 });

        Assert.Throws<ArgumentException>(() => embedder.Embed(new float[20], 10, 2));
    }
}

using SocioRunner.Explain.Tsne.Embedding;

namespace SocioRunner.Explain.Tests.Tsne.Embedding;

/// <summary>Maps of a fixed data set (600 points in 30-D, 8 clusters) by the FFT method keep neighbourhoods as well as Barnes–Hut's.</summary>
public sealed class FftTrustworthinessTests
{
    [Fact]
    public void The_fft_map_is_as_trustworthy_as_the_barnes_hut_map_with_a_similar_divergence()
    {
        var (rows, _) = GaussianClusters.Generate(8, 75, 30, 3, seed: 5);
        TsneEmbedderOptions Options(TsneMethod method) => new() { Seed = 0, Method = method, Iterations = 500 };

        var fft = new TsneEmbedder(Options(TsneMethod.Fft)).Embed(rows);
        var barnesHut = new TsneEmbedder(Options(TsneMethod.BarnesHut)).Embed(rows);

        var fftTrust = Trustworthiness.Compute(rows, fft.Coordinates, 10);
        var barnesHutTrust = Trustworthiness.Compute(rows, barnesHut.Coordinates, 10);
        Assert.Equal(TsneMethod.Fft, fft.Method);
        Assert.True(fftTrust > 0.9, $"FFT trustworthiness {fftTrust:F4}");
        Assert.True(fftTrust >= barnesHutTrust - 0.002, $"FFT {fftTrust:F4} vs Barnes-Hut {barnesHutTrust:F4}");
        Assert.InRange(fft.KullbackLeiblerDivergence / barnesHut.KullbackLeiblerDivergence, 0.95, 1.05);
    }
}

using SocioRunner.Models.Training.Internal;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Tests.Training;

/// <summary>The training head (<c>head(x) * std + mean</c>) folds into a plain head of the same shape that predicts the
/// same values, for the paper's linear head and for a head with a hidden layer.</summary>
public sealed class LabelScaledHeadTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(7)]
    public void The_folded_head_predicts_what_the_scaled_head_predicts(int? hiddenUnits)
    {
        torch.random.manual_seed(11);
        using var scaled = new LabelScaledHead(6, mean: 31_500, std: 7_200, hiddenUnits);
        using var folded = scaled.Fold();
        using var scope = NewDisposeScope();
        var input = randn(20, 6);

        var expected = scaled.call(input);
        var actual = folded.call(input);

        Assert.Equal(new long[] { 20, 1 }, actual.shape);
        Assert.True(actual.allclose(expected, rtol: 1e-5, atol: 1e-2), $"max difference {(actual - expected).abs().max().item<float>()}");
        // The scale is in the folded head, not lost: the predictions are in the label's range, not standardised.
        Assert.InRange(actual.mean().item<float>(), 20_000, 43_000);
        Assert.Equal(hiddenUnits is null ? 2 : 4, folded.parameters().Count());
    }
}

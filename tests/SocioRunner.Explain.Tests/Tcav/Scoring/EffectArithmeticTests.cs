using SocioRunner.Explain.Tcav.Analysis;
using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tests.Tcav.Scoring;

public sealed class EffectArithmeticTests
{
    static float[][] Rows(int count, int seed, float shift)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, 6).Select(k => (float)(random.NextDouble() * 2 - 1 + (k == 0 ? shift : 0))).ToArray()).ToArray();
    }

    [Theory]
    [InlineData(CavMethod.Svm)]
    [InlineData(CavMethod.MeanDifference)]
    [InlineData(CavMethod.SvmStandardized)]
    public void With_a_linear_head_the_effect_is_the_prediction_difference_between_concept_and_negative_images(CavMethod method)
    {
        // A linear head on the layer: prediction = w · a + b, so every input's gradient is w. The effect of a CAV is then
        // exactly the mean prediction on its concept images minus that on its negatives, whichever direction the CAV has.
        float[] w = [1500f, -200f, 30f, 0f, 700f, -50f];
        var positives = Rows(20, 1, 1.5f);
        var negatives = Rows(35, 2, -0.5f);
        var cav = CavTrainer.Train("c", "n", positives, negatives, new SgdSvmSettings { Method = method }, 3);
        var attributions = Enumerable.Range(0, 9).Select(_ => w).ToArray();
        IReadOnlyList<int>[] intervals = [[0, 1, 2, 3], [4, 5, 6, 7, 8]];

        var scores = RepeatScores.Of([cav], attributions, intervals);

        double Prediction(float[] a) => a.Select((x, k) => (double)x * w[k]).Sum();
        double expected = positives.Average(Prediction) - negatives.Average(Prediction);
        double tolerance = Math.Abs(expected) * 1e-6; // the mean difference is stored in float32
        Assert.Equal(expected, scores.Effects[0], tolerance);
        Assert.Equal(expected, scores.IntervalEffects[0][0], tolerance);
        Assert.Equal(expected, scores.IntervalEffects[1][0], tolerance);
    }

    [Fact]
    public void Effects_are_not_defined_for_integrated_gradients_or_a_cav_without_its_mean_difference()
    {
        var cav = CavTrainer.Train("c", "n", Rows(10, 1, 1), Rows(10, 2, -1), new SgdSvmSettings(), 3);
        float[][] attributions = [[1, 1, 1, 1, 1, 1]];
        IReadOnlyList<int>[] one = [[0]];

        Assert.True(double.IsNaN(RepeatScores.Of([cav], attributions, one, gradients: false).Effects[0]));
        Assert.True(double.IsNaN(RepeatScores.Of([cav with { MeanDifference = null }], attributions, one).Effects[0]));
        Assert.False(double.IsNaN(RepeatScores.Of([cav], attributions, one).Effects[0]));
    }
}

using SocioRunner.Benchmarks.Tcav;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Encoders.SmallCnn;
using static TorchSharp.torch;

namespace SocioRunner.Explain.Tests.Tcav;

/// <summary>
/// The benchmarks' exact TCAV step (bench/SocioRunner.Benchmarks/Tcav/ActivationStep.cs, linked here): f(a + delta) - f(a)
/// with delta = a concept's mean activation minus the equally weighted mean of the others', and its first order
/// gradient(a) · delta, on a real (untrained) small CNN.
/// </summary>
public sealed class ActivationStepTests
{
    const int Size = 16;

    static (RegressionModel Model, float[][] Tiles, float[][][] Concepts) World()
    {
        manual_seed(11);
        var model = new RegressionModel(new SmallCnnEncoder([4, 8], Size));
        model.eval();
        var random = new Random(4);
        float[] Image(int tint) => [.. Enumerable.Range(0, 3 * Size * Size).Select(i => (float)(random.NextDouble() * 0.5 + (i / (Size * Size) == tint ? 0.5 : 0)))];
        return (model, [.. Enumerable.Range(0, 7).Select(_ => Image(-1))], [.. new[] { 5, 3, 8 }.Select((count, c) => Enumerable.Range(0, count).Select(_ => Image(c)).ToArray())]);
    }

    [Fact]
    public void Above_the_pooled_layer_the_head_is_linear_so_the_exact_step_is_its_first_order_and_the_same_for_every_tile()
    {
        var (model, tiles, concepts) = World();

        var (exact, firstOrder) = ActivationStep.Measure(model, "avgpool", tiles, concepts, Size);

        for (int c = 0; c < concepts.Length; c++)
        {
            for (int t = 0; t < tiles.Length; t++)
            {
                Assert.Equal(firstOrder[t, c], exact[t, c], 1e-4 * Math.Max(1, Math.Abs(firstOrder[t, c])));
                Assert.Equal(exact[0, c], exact[t, c], 1e-4 * Math.Max(1, Math.Abs(exact[0, c])));
            }
        }

        Assert.Contains(Enumerable.Range(0, concepts.Length), c => Math.Abs(exact[0, c]) > 1e-4); // not trivially zero
    }

    [Fact]
    public void Below_the_last_nonlinearities_the_exact_step_is_the_prediction_change_and_differs_from_its_first_order()
    {
        var (model, tiles, concepts) = World();

        var (exact, firstOrder) = ActivationStep.Measure(model, "block1", tiles, concepts, Size);

        // Computed here one image at a time: each concept's mean activation, delta against the others' equally weighted means.
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        Tensor Activation(float[] image) => model.Encoder.ForwardTo("block1", tensor(image, [1, 3, Size, Size]));
        double Predict(Tensor activation) => model.Head.call(model.Encoder.ForwardFrom("block1", activation)).reshape(-1).to(ScalarType.Float64).item<double>();
        var means = concepts.Select(images => cat(images.Select(Activation).ToList(), 0).mean([0], keepdim: true)).ToArray();
        double largestGap = 0;
        for (int c = 0; c < concepts.Length; c++)
        {
            var others = cat(means.Where((_, o) => o != c).ToList(), 0).mean([0], keepdim: true);
            var delta = means[c].sub(others);
            for (int t = 0; t < tiles.Length; t++)
            {
                var activation = Activation(tiles[t]);
                double expected = Predict(activation.add(delta, SocioRunner.Models.TorchSafety.ScalarConstants.One)) - Predict(activation);
                Assert.Equal(expected, exact[t, c], 1e-4 * Math.Max(1, Math.Abs(expected)));
                largestGap = Math.Max(largestGap, Math.Abs(exact[t, c] - firstOrder[t, c]) / Math.Max(1e-6, Math.Abs(exact[t, c])));
            }
        }

        Assert.True(largestGap > 1e-3, $"exact and first-order steps agree to {largestGap:g3} everywhere: the ReLUs above block1 should bend the step");
    }
}

using SocioRunner.Models.Artifacts;
using SocioRunner.Models.TorchSafety;
using static TorchSharp.torch;

namespace SocioRunner.Benchmarks.Tcav;

/// <summary>
/// TCAV's effect is first order: gradient(a) · (mean activation of the concept's images - mean of its negatives'). This
/// takes the same step exactly: the change of prediction when a tile's activation at the layer moves by that difference,
/// <c>f(a + delta) - f(a)</c> with <c>f</c> the part of the network above the layer, and also returns the first-order value
/// with the same delta, so the two differ only by what the step's curvature adds. One-vs-all as the city's truth: delta =
/// the concept's mean minus the equally weighted mean of the other concepts' means.
/// </summary>
internal static class ActivationStep
{
    const int BatchSize = 256;

    /// <param name="tiles">Preprocessed tile images (3 x size x size each).</param>
    /// <param name="concepts">Preprocessed images of each concept.</param>
    /// <returns>Per tile and concept: the exact step and its first-order approximation, in prediction units.</returns>
    public static (double[,] Exact, double[,] FirstOrder) Measure(RegressionModel model, string layer, float[][] tiles, float[][][] concepts, int size)
    {
        using var scope = NewDisposeScope();
        var means = concepts.Select(images => Activations(model, layer, images, size).mean([0])).ToArray();
        var deltas = Enumerable.Range(0, concepts.Length)
            .Select(c => means[c].sub(stack(means.Where((_, o) => o != c)).mean([0])).unsqueeze(0)).ToArray();
        var exact = new double[tiles.Length, concepts.Length];
        var firstOrder = new double[tiles.Length, concepts.Length];
        for (int start = 0; start < tiles.Length; start += BatchSize)
        {
            // A tile's activation, prediction and gradient do not depend on the concept: once per batch.
            using var batchScope = NewDisposeScope();
            int count = Math.Min(BatchSize, tiles.Length - start);
            var activation = Activations(model, layer, tiles[start..(start + count)], size);
            var input = activation.detach().requires_grad_(true);
            var gradient = autograd.grad([model.Head.call(model.Encoder.ForwardFrom(layer, input)).sum()], [input])[0].detach();
            using var noGrad = no_grad();
            var plain = Upper(model, layer, activation);
            for (int c = 0; c < concepts.Length; c++)
            {
                var shifted = Upper(model, layer, activation.add(deltas[c], ScalarConstants.One));
                var linear = gradient.mul(deltas[c]).flatten(1).sum([1]).to(ScalarType.Float64).cpu().data<double>().ToArray();
                for (int i = 0; i < count; i++)
                {
                    exact[start + i, c] = shifted[i] - plain[i];
                    firstOrder[start + i, c] = linear[i];
                }
            }
        }

        return (exact, firstOrder);
    }

    static Tensor Activations(RegressionModel model, string layer, float[][] images, int size)
    {
        var parts = new List<Tensor>();
        for (int start = 0; start < images.Length; start += BatchSize)
        {
            int count = Math.Min(BatchSize, images.Length - start);
            var pixels = new float[count * 3 * size * size];
            for (int i = 0; i < count; i++) images[start + i].CopyTo(pixels, i * 3 * size * size);
            using var noGrad = no_grad();
            parts.Add(model.Encoder.ForwardTo(layer, tensor(pixels, [count, 3, size, size])));
        }

        return cat(parts, 0);
    }

    static double[] Upper(RegressionModel model, string layer, Tensor activation) =>
        model.Head.call(model.Encoder.ForwardFrom(layer, activation)).reshape(-1).to(ScalarType.Float64).cpu().data<double>().ToArray();
}

using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Encoders;
using SocioRunner.Models.TorchSafety;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Explain.Tcav.Attribution;

/// <summary>
/// Batched layer activations and attributions of a regression model cut at a named encoder stage:
/// activations = encoder.ForwardTo(layer, x); output = head(encoder.ForwardFrom(layer, activations)).
/// Every input is passed once per layer (plus <c>steps</c> passes of the upper part for integrated gradients), and
/// the results are reused for every concept and repeat. The model must be in eval mode (batch norm per sample).
/// </summary>
public sealed class LayerAttributor(RegressionModel model, Device device)
{
    /// <summary>Flattened activations only (concept and random images): no gradient, batched.</summary>
    public float[][] Activations(string layer, ImageSource images, int batchSize, CancellationToken cancellation = default) =>
        EncoderActivations(model.Encoder, device, layer, images, batchSize, cancellation);

    /// <summary>Flattened activations of any staged encoder at <paramref name="layer"/>, batched, without gradients.</summary>
    public static float[][] EncoderActivations(
        StagedEncoder encoder, Device device, string layer, ImageSource images, int batchSize, CancellationToken cancellation = default)
    {
        var rows = new float[images.Count][];
        foreach (var (start, pixels) in Batches(images, batchSize, cancellation))
        {
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var batch = tensor(pixels, [pixels.Length / (3 * images.Size * images.Size), 3, images.Size, images.Size]).to(device);
            var activation = encoder.ForwardTo(layer, batch).flatten(1).cpu();
            CopyRows(activation, rows, start);
        }

        return rows;
    }

    /// <summary>Activations, attributions and predictions of the evaluation inputs at <paramref name="layer"/>.</summary>
    public LayerPass Attribute(string layer, ImageSource images, AttributionSettings settings, CancellationToken cancellation = default)
    {
        var activations = new float[images.Count][];
        var attributions = new float[images.Count][];
        var predictions = new double[images.Count];
        var points = settings.Method == AttributionMethod.IntegratedGradients
            ? IntegrationPoints.Create(settings.Rule, settings.Steps)
            : null;
        using var baselineScope = NewDisposeScope();
        Tensor? baseline = points is not null && settings.Baseline == IntegratedGradientsBaseline.ZeroInput
            ? ZeroImageActivation(layer, images.Size)
            : null;
        foreach (var (start, pixels) in Batches(images, settings.BatchSize, cancellation))
        {
            using var scope = NewDisposeScope();
            var batch = ToTensor(pixels, images.Size);
            Tensor activation;
            using (no_grad())
            {
                activation = model.Encoder.ForwardTo(layer, batch);
                var output = Upper(layer, activation).reshape(activation.shape[0], -1)[.., 0].to(ScalarType.Float64).cpu();
                output.data<double>().CopyTo(predictions, (int)start);
            }

            Tensor attribution = points is null
                ? Gradient(layer, activation)
                : IntegratedGradients(layer, activation, baseline ?? zeros_like(activation), points);
            CopyRows(activation.flatten(1).cpu(), activations, start);
            CopyRows(attribution.flatten(1).cpu(), attributions, start);
        }

        return new LayerPass(layer, activations, attributions, predictions);
    }

    Tensor Upper(string layer, Tensor activation) => model.Head.call(model.Encoder.ForwardFrom(layer, activation));

    Tensor Gradient(string layer, Tensor activation)
    {
        var input = activation.detach().requires_grad_(true);
        var output = Upper(layer, input).sum();
        return autograd.grad([output], [input])[0].detach();
    }

    Tensor IntegratedGradients(string layer, Tensor activation, Tensor baseline, IntegrationPoints points)
    {
        var difference = activation - baseline;
        var total = zeros_like(activation);
        for (int k = 0; k < points.Alphas.Length; k++)
        {
            using var step = NewDisposeScope();
            // Held Scalars (docs/scalar-safety.md); same operations as baseline + alpha * difference.
            using var alpha = points.Alphas[k].ToScalar();
            using var weight = points.Weights[k].ToScalar();
            var scaled = baseline.add(difference.mul(alpha), ScalarConstants.One).detach().requires_grad_(true);
            var output = Upper(layer, scaled).sum();
            var gradient = autograd.grad([output], [scaled])[0];
            total.add_(gradient.detach().mul(weight), ScalarConstants.One);
        }

        return total * difference;
    }

    Tensor ZeroImageActivation(string layer, int size)
    {
        using var noGrad = no_grad();
        return model.Encoder.ForwardTo(layer, zeros(1, 3, size, size, device: device));
    }

    Tensor ToTensor(float[] pixels, int size) => tensor(pixels, [pixels.Length / (3 * size * size), 3, size, size]).to(device);

    static IEnumerable<(long Start, float[] Pixels)> Batches(ImageSource images, int batchSize, CancellationToken cancellation)
    {
        int pixels = 3 * images.Size * images.Size;
        for (int start = 0; start < images.Count; start += batchSize)
        {
            cancellation.ThrowIfCancellationRequested();
            int count = Math.Min(batchSize, images.Count - start);
            var buffer = new float[count * pixels];
            for (int i = 0; i < count; i++)
            {
                var image = images.Load(start + i);
                if (image.Length != pixels)
                {
                    throw new ArgumentException($"image {start + i} has {image.Length} values; expected 3 x {images.Size} x {images.Size}");
                }

                image.CopyTo(buffer, i * pixels);
            }

            yield return (start, buffer);
        }
    }

    static void CopyRows(Tensor matrix, float[][] rows, long start)
    {
        var values = matrix.contiguous().to(ScalarType.Float32).data<float>().ToArray();
        int width = (int)matrix.shape[1];
        for (int i = 0; i < matrix.shape[0]; i++)
        {
            rows[start + i] = values.AsSpan(i * width, width).ToArray();
        }
    }
}

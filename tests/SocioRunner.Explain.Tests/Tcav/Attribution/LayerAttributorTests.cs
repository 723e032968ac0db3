using SocioRunner.Explain.Tcav.Attribution;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Encoders.SmallCnn;
using TorchSharp;

namespace SocioRunner.Explain.Tests.Tcav.Attribution;

public sealed class LayerAttributorTests
{
    static (RegressionModel Model, ImageSource Images) Setup()
    {
        torch.manual_seed(1);
        var model = new RegressionModel(new SmallCnnEncoder([4, 6], 8));
        model.eval();
        var random = new Random(2);
        var images = Enumerable.Range(0, 5).Select(_ => Enumerable.Range(0, 3 * 8 * 8).Select(_ => (float)random.NextDouble()).ToArray()).ToArray();
        return (model, ImageSource.FromArrays(images, 8));
    }

    static float[] HeadWeights(RegressionModel model) =>
        model.Head.parameters().First(p => p.dim() == 2).detach().flatten().data<float>().ToArray();

    [Fact]
    public void Gradient_at_the_pooled_embedding_is_the_linear_heads_weight()
    {
        var (model, images) = Setup();

        var pass = new LayerAttributor(model, torch.CPU).Attribute("avgpool", images, new AttributionSettings(AttributionMethod.Gradient, 5, IntegrationRule.GaussLegendre, IntegratedGradientsBaseline.ZeroActivation, 2));

        var weights = HeadWeights(model);
        Assert.All(pass.Attributions, row => Assert.Equal(weights, row, (a, b) => Math.Abs(a - b) < 1e-6));
        Assert.Equal(5, pass.Predictions.Length);
    }

    [Fact]
    public void Gradient_at_the_pooled_embedding_of_a_hidden_layer_head_is_that_heads_gradient_at_each_input()
    {
        torch.manual_seed(1);
        var encoder = new SmallCnnEncoder([4, 6], 8);
        using var model = new RegressionModel(encoder, RegressionHead.Create(encoder.EmbeddingDim, hiddenUnits: 12));
        model.eval();
        var random = new Random(2);
        // Images of different brightness, so the embeddings (and the hidden units they switch on) differ between inputs.
        var images = Enumerable.Range(0, 6).Select(i => Enumerable.Range(0, 3 * 8 * 8).Select(_ => (float)(random.NextDouble() * (i + 1) * 4)).ToArray()).ToArray();

        var pass = new LayerAttributor(model, torch.CPU).Attribute("avgpool", ImageSource.FromArrays(images, 8), new AttributionSettings(AttributionMethod.Gradient, 5, IntegrationRule.GaussLegendre, IntegratedGradientsBaseline.ZeroActivation, 2));

        // d/da [w2 . relu(W1 a + b1) + b2] = W1^T (w2 * 1[W1 a + b1 > 0]), by hand from the head's parameters.
        var parameters = model.Head.named_parameters().ToDictionary(p => p.name, p => p.parameter.detach().to(torch.ScalarType.Float64).cpu());
        double[,] w1 = To2D(parameters["0.weight"]);
        double[] b1 = parameters["0.bias"].data<double>().ToArray(), w2 = parameters["2.weight"].flatten().data<double>().ToArray();
        var patterns = new HashSet<string>();
        for (int i = 0; i < images.Length; i++)
        {
            var a = pass.Activations[i];
            var on = Enumerable.Range(0, b1.Length).Select(h => b1[h] + Enumerable.Range(0, a.Length).Sum(d => w1[h, d] * a[d]) > 0).ToArray();
            patterns.Add(string.Concat(on.Select(x => x ? '1' : '0')));
            var expected = Enumerable.Range(0, a.Length).Select(d => (float)Enumerable.Range(0, b1.Length).Sum(h => on[h] ? w1[h, d] * w2[h] : 0)).ToArray();
            Assert.Equal(expected, pass.Attributions[i], (x, y) => Math.Abs(x - y) < 1e-5);
        }

        Assert.True(patterns.Count > 1, "every input switched on the same hidden units: the check above could not tell inputs apart");
    }

    static double[,] To2D(torch.Tensor matrix)
    {
        var values = matrix.data<double>().ToArray();
        int rows = (int)matrix.shape[0], columns = (int)matrix.shape[1];
        var result = new double[rows, columns];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++) result[r, c] = values[r * columns + c];
        return result;
    }

    [Fact]
    public void Integrated_gradients_of_a_linear_head_are_activation_times_weight()
    {
        var (model, images) = Setup();

        var pass = new LayerAttributor(model, torch.CPU).Attribute("avgpool", images, new AttributionSettings(AttributionMethod.IntegratedGradients, 5, IntegrationRule.GaussLegendre, IntegratedGradientsBaseline.ZeroActivation, 3));

        var weights = HeadWeights(model);
        for (int i = 0; i < 5; i++)
        {
            var expected = pass.Activations[i].Select((a, j) => a * weights[j]).ToArray();
            Assert.Equal(expected, pass.Attributions[i], (a, b) => Math.Abs(a - b) < 1e-5);
        }
    }

    [Fact]
    public void Integrated_gradients_satisfy_completeness_at_an_inner_layer()
    {
        var (model, images) = Setup();
        var attributor = new LayerAttributor(model, torch.CPU);

        var pass = attributor.Attribute("block1", images, new AttributionSettings(AttributionMethod.IntegratedGradients, 64, IntegrationRule.GaussLegendre, IntegratedGradientsBaseline.ZeroInput, 5));

        // Sum of attributions ~ f(x) - f(zero image), up to the quadrature error.
        var baseline = attributor.Attribute("block1", ImageSource.FromArrays([new float[3 * 8 * 8]], 8), new AttributionSettings(AttributionMethod.Gradient, 1, IntegrationRule.GaussLegendre, IntegratedGradientsBaseline.ZeroInput, 1)).Predictions[0];
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(pass.Predictions[i] - baseline, pass.Attributions[i].Sum(), 2);
        }
    }

    [Fact]
    public void Batch_size_does_not_change_results()
    {
        var (model, images) = Setup();
        var attributor = new LayerAttributor(model, torch.CPU);

        var one = attributor.Activations("block2", images, 1);
        var all = attributor.Activations("block2", images, 5);

        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(one[i], all[i], (a, b) => Math.Abs(a - b) < 1e-5);
        }
    }
}

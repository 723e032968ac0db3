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

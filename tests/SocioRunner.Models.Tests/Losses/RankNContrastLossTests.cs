using SocioRunner.Models.TorchSafety;
using SocioRunner.Models.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Tests.Losses;

public class RankNContrastLossTests
{
    public static TheoryData<int> CaseIndices()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < RncReferenceVectors.Load().Count; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIndices))]
    public void Float64_loss_and_gradient_match_the_pytorch_reference(int index)
    {
        var c = RncReferenceVectors.Load()[index];
        using var scope = NewDisposeScope();
        var features = tensor(c.Features, [c.Batch, 2, c.Dim], requires_grad: true);
        var labels = tensor(c.Labels, [c.Batch]);

        var loss = RankNContrastLoss.Compute(features, labels, c.Temperature);
        loss.backward();

        AssertClose(c.Loss, loss.item<double>(), 1e-9);
        AssertAllClose(c.Grad, features.grad!.data<double>().ToArray(), 1e-9);
    }

    [Theory]
    [MemberData(nameof(CaseIndices))]
    public void Float32_loss_and_gradient_match_the_pytorch_reference(int index)
    {
        var c = RncReferenceVectors.Load()[index];
        using var scope = NewDisposeScope();
        var features = tensor(c.Features.Select(v => (float)v).ToArray(), [c.Batch, 2, c.Dim], requires_grad: true);
        var labels = tensor(c.Labels.Select(v => (float)v).ToArray(), [c.Batch]);

        var loss = RankNContrastLoss.Compute(features, labels, c.Temperature);
        loss.backward();

        AssertClose(c.Loss, loss.item<float>(), 1e-5);
        AssertAllClose(c.Grad, features.grad!.data<float>().ToArray().Select(v => (double)v).ToArray(), 2e-4);
    }

    [Theory]
    [InlineData(DistanceKind.L1, DistanceKind.L2, 6, 2.0)]
    [InlineData(DistanceKind.L2, DistanceKind.L1, 7, 0.5)]
    [InlineData(DistanceKind.L1, DistanceKind.L1, 5, 1.0)]
    [InlineData(DistanceKind.L1, DistanceKind.L2, 80, 2.0)] // 160 views: rows of 159 take the float64 cumulative-sum path
    public void Sort_based_loss_equals_the_loop_formulation(DistanceKind label, DistanceKind feature, int batch, double temperature)
    {
        using var scope = NewDisposeScope();
        var generator = new torch.Generator(42);
        var features = randn([batch, 2, 4], dtype: ScalarType.Float64, generator: generator);
        // Integer labels in a small range: many ties.
        var labels = randint(0, 3, [batch], dtype: ScalarType.Float64, generator: generator);

        var fast = features.detach().requires_grad_(true);
        var loop = features.detach().requires_grad_(true);
        var fastLoss = RankNContrastLoss.Compute(fast, labels, temperature, label, feature);
        var loopLoss = RankNContrastLoopReference.Compute(loop, labels, temperature, label, feature);
        fastLoss.backward();
        loopLoss.backward();

        AssertClose(loopLoss.item<double>(), fastLoss.item<double>(), 1e-10);
        AssertAllClose(loop.grad!.data<double>().ToArray(), fast.grad!.data<double>().ToArray(), 1e-9);
    }

    [Theory]
    [MemberData(nameof(CaseIndices))]
    public void Loop_reference_itself_matches_the_pytorch_vectors(int index)
    {
        var c = RncReferenceVectors.Load()[index];
        using var scope = NewDisposeScope();
        var features = tensor(c.Features, [c.Batch, 2, c.Dim], requires_grad: true);
        var loss = RankNContrastLoopReference.Compute(features, tensor(c.Labels, [c.Batch]), c.Temperature);
        loss.backward();
        AssertClose(c.Loss, loss.item<double>(), 1e-9);
        AssertAllClose(c.Grad, features.grad!.data<double>().ToArray(), 1e-9);
    }

    [Fact]
    public void Far_apart_features_stay_finite()
    {
        using var scope = NewDisposeScope();
        using var spread = 1e4f.ToScalar();
        using var count = 8.ToScalar();
        var features = randn([8, 2, 16], generator: new torch.Generator(1)).mul(spread).requires_grad_(true);
        var labels = arange(ScalarConstants.Zero, count, ScalarConstants.One, dtype: ScalarType.Float32);
        var loss = RankNContrastLoss.Compute(features, labels, 0.1);
        loss.backward();
        Assert.True(double.IsFinite(loss.item<float>()));
        Assert.True(features.grad!.isfinite().all().item<bool>());
    }

    [Fact]
    public void Wrong_feature_shape_is_rejected()
    {
        using var scope = NewDisposeScope();
        Assert.Throws<ArgumentException>(() => RankNContrastLoss.Compute(zeros(4, 3, 2), zeros(4)));
    }

    static void AssertClose(double expected, double actual, double relative)
    {
        double tolerance = relative * Math.Max(1.0, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected:R}, got {actual:R}");
    }

    static void AssertAllClose(double[] expected, double[] actual, double relative)
    {
        Assert.Equal(expected.Length, actual.Length);
        double scale = Math.Max(expected.Max(Math.Abs), 1e-12);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= relative * scale,
                $"element {i}: expected {expected[i]:R}, got {actual[i]:R}");
    }
}

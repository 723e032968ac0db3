using SocioRunner.Explain.Tcav.Attribution;
using SocioRunner.Explain.Tcav.Scoring;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Checkpoints.LightningImport;
using TorchSharp;

namespace SocioRunner.Explain.Tests.Tcav.Parity;

/// <summary>
/// Parity with Captum, the library the original pipeline used: the checkpoint is imported through
/// <c>model/lightning-checkpoint</c> exactly as a user would, then predictions, avgpool embeddings, layer attributions
/// (integrated gradients with both quadratures, plain gradients), TCAV values, sign counts and magnitudes for the
/// reference's three CAVs are compared with what Captum computed, to 1e-4 relative.
/// </summary>
public sealed class CaptumParityTests : IClassFixture<CaptumParityTests.ImportedModel>
{
    const double Relative = 1e-4;
    readonly ImportedModel imported;

    public CaptumParityTests(ImportedModel imported) => this.imported = imported;

    public static TheoryData<string, AttributionMethod, IntegrationRule> Cases => new()
    {
        { "integrated_gradients_gausslegendre", AttributionMethod.IntegratedGradients, IntegrationRule.GaussLegendre },
        { "integrated_gradients_riemann_trapezoid", AttributionMethod.IntegratedGradients, IntegrationRule.RiemannTrapezoid },
        { "gradient", AttributionMethod.Gradient, IntegrationRule.GaussLegendre },
    };

    [Fact]
    public void Predictions_and_avgpool_embeddings_match_pytorch()
    {
        var pass = imported.Attribute(AttributionMethod.Gradient, IntegrationRule.GaussLegendre);

        AssertClose("prediction", imported.Reference.Vector("prediction"), pass.Predictions);
        AssertRowsClose("embedding", imported.Reference.Matrix("embedding"), pass.Activations);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Layer_attributions_match_captum(string name, AttributionMethod method, IntegrationRule rule)
    {
        var expected = CaptumReference.Rows(imported.Reference.Case(name).GetProperty("attributions"));

        var pass = imported.Attribute(method, rule);

        if (method == AttributionMethod.Gradient)
        {
            AssertRowsClose($"{name}.attributions", expected, pass.Attributions);
            return;
        }

        // Integrated gradients end with a factor (a - b), activation minus the zero image's activation, which cancels
        // when both are close (e.g. 0.18885 - 0.18913): float32 rounding of a and b, ~1e-7 relative, then becomes up to
        // ~1e-4 of the difference. So each element is compared to 1e-4 of the size of its terms, |g| (|a| + |b|) W
        // (g the layer gradient, W the quadrature's weight sum), or of itself when that is larger; |a| + |b| is floored
        // at 1e-3 of the row's largest activation, the same floor as for the embeddings themselves (a pooled value of
        // 8e-5 next to values of 0.3 carries float32 error on the scale of its neighbours, not of itself).
        var gradients = CaptumReference.Rows(imported.Reference.Case("gradient").GetProperty("attributions"));
        var embeddings = imported.Reference.Matrix("embedding");
        var baseline = imported.ZeroImageActivation();
        double weightSum = IntegrationPoints.Create(rule, 5).Weights.Sum();
        for (int i = 0; i < expected.Length; i++)
        {
            for (int j = 0; j < expected[i].Length; j++)
            {
                double activations = Math.Max(Math.Abs(embeddings[i][j]) + Math.Abs(baseline[j]), 1e-3 * embeddings[i].Max(Math.Abs));
                double terms = Math.Abs(gradients[i][j]) * activations * weightSum;
                Assert.True(Math.Abs(expected[i][j] - pass.Attributions[i][j]) <= Relative * Math.Max(Math.Abs(expected[i][j]), terms),
                    $"{name}.attributions[{i}][{j}]: Captum {expected[i][j]:R}, ours {pass.Attributions[i][j]:R}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tcav_values_sign_counts_and_magnitudes_match_captum(string name, AttributionMethod method, IntegrationRule rule)
    {
        var reference = imported.Reference.Case(name);
        var expectedValues = CaptumReference.Rows(reference.GetProperty("values"));
        var expectedSignCounts = CaptumReference.Doubles(reference.GetProperty("sign_count"));
        var expectedMagnitudes = CaptumReference.Doubles(reference.GetProperty("magnitude"));
        var expectedAttributions = CaptumReference.Rows(reference.GetProperty("attributions"));
        var cavs = imported.Reference.Matrix("cavs").Select(c => c.Select(v => (float)v).ToArray()).ToArray();
        var pass = imported.Attribute(method, rule);

        for (int k = 0; k < cavs.Length; k++)
        {
            var values = TcavScores.Values(pass.Attributions, cavs[k]);
            for (int i = 0; i < values.Length; i++)
            {
                // A value is a dot product whose terms can cancel (the third CAV): attributions matching to 1e-4 relative
                // bound its error by 1e-4 times the sum of the terms' magnitudes, not by 1e-4 times the (small) result.
                double terms = expectedAttributions[i].Select((a, j) => Math.Abs(a * cavs[k][j])).Sum();
                Assert.True(Math.Abs(expectedValues[k][i] - values[i]) <= Relative * Math.Max(Math.Abs(expectedValues[k][i]), terms),
                    $"{name}.values[{k}][{i}]: Captum {expectedValues[k][i]:R}, ours {values[i]:R}");
            }

            Assert.Equal(expectedSignCounts[k], TcavScores.SignCount(values), 6);
            // The mean of values of both signs can cancel to ~1e-10 (the third CAV): compare it on the scale of the values.
            double scale = expectedValues[k].Average(Math.Abs);
            Assert.True(Math.Abs(expectedMagnitudes[k] - TcavScores.Magnitude(values)) <= Relative * Math.Max(Math.Abs(expectedMagnitudes[k]), scale),
                $"{name}.magnitude[{k}]: Captum {expectedMagnitudes[k]:R}, ours {TcavScores.Magnitude(values):R}");
        }
    }

    [Fact]
    public void Reference_covers_a_cav_whose_values_change_sign()
    {
        // The third CAV is there to test sign counts strictly between 0 and 1; a reference without it would make the
        // sign-count comparison above trivially 0 or 1.
        var signCounts = CaptumReference.Doubles(imported.Reference.Case("integrated_gradients_gausslegendre").GetProperty("sign_count"));
        Assert.Contains(signCounts, s => s > 0 && s < 1);
    }

    /// <summary>
    /// Element-wise relative comparison; an element far below its row's largest value (e.g. a ReLU zero) is compared
    /// on the row's scale, since float32 sums of different order differ there in absolute, not relative, terms.
    /// </summary>
    static void AssertClose(string what, IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        double scale = expected.Max(Math.Abs);
        for (int i = 0; i < expected.Count; i++)
        {
            double tolerance = Relative * Math.Max(Math.Abs(expected[i]), 1e-3 * scale);
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"{what}[{i}]: Captum {expected[i]:R}, ours {actual[i]:R}");
        }
    }

    static void AssertRowsClose(string what, double[][] expected, float[][] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            AssertClose($"{what}[{i}]", expected[i], actual[i].Select(v => (double)v).ToArray());
        }
    }

    /// <summary>The reference checkpoint imported once through <c>model/lightning-checkpoint</c>.</summary>
    public sealed class ImportedModel : IDisposable
    {
        readonly TempDirectory folder = new();
        readonly RegressionModel model;
        readonly ImageSource inputs;

        public ImportedModel()
        {
            Reference = CaptumReference.Load();
            var options = new LightningCheckpointOptions
            {
                Path = Reference.CheckpointPath, Encoder = CheckpointEncoder.SmallCnn, Widths = Reference.Widths, InputSize = Reference.InputSize,
                ExportSafetensors = false,
            };
            NodeRunner.Run(new LightningCheckpointNode(), options, folder.Path);
            model = ModelArtifact.LoadModel(folder.Path, torch.CPU);
            inputs = ImageSource.FromArrays(Reference.Inputs(), Reference.InputSize);
        }

        public CaptumReference Reference { get; }

        /// <summary>Captum's LayerIntegratedGradients baseline was an all-zero input image (our <c>zero-input</c>), 5 steps.</summary>
        public LayerPass Attribute(AttributionMethod method, IntegrationRule rule) =>
            new LayerAttributor(model, torch.CPU).Attribute(Reference.Layer, inputs,
                new AttributionSettings(method, 5, rule, IntegratedGradientsBaseline.ZeroInput, 8));

        /// <summary>The layer activation of an all-zero input image (Captum's baseline), from the imported model.</summary>
        public float[] ZeroImageActivation() =>
            new LayerAttributor(model, torch.CPU).Activations(Reference.Layer, ImageSource.FromArrays([new float[3 * Reference.InputSize * Reference.InputSize]], Reference.InputSize), 1)[0];

        public void Dispose()
        {
            model.Dispose();
            folder.Dispose();
        }
    }
}

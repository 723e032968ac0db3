using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Encoders.SmallCnn;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Tests.Artifacts;

public sealed class ModelArtifactTests : IDisposable
{
    readonly string directory = Directory.CreateTempSubdirectory("socio-model-").FullName;

    [Fact]
    public void Saved_model_loads_with_identical_outputs()
    {
        torch.random.manual_seed(3);
        using var model = new RegressionModel(new SmallCnnEncoder([4, 8], 16));
        model.eval();
        ModelArtifact.SaveModel(model, directory);

        using var loaded = ModelArtifact.LoadModel(directory, CPU);
        using var scope = NewDisposeScope();
        var input = randn(2, 3, 16, 16);
        Assert.True(model.call(input).allclose(loaded.call(input)));
        Assert.Equal(new long[] { 2, 1 }, loaded.call(input).shape);

        using var encoder = ModelArtifact.LoadEncoder(directory, CPU);
        Assert.True(model.Encoder.call(input).allclose(encoder.call(input)));
    }

    [Fact]
    public void A_model_with_a_hidden_layer_head_is_described_as_mlp_and_loads_with_identical_outputs()
    {
        torch.random.manual_seed(4);
        var encoder = new SmallCnnEncoder([4, 8], 16);
        using var model = new RegressionModel(encoder, RegressionHead.Create(encoder.EmbeddingDim, hiddenUnits: 5));
        model.eval();
        ModelArtifact.SaveModel(model, directory);

        var head = ModelArtifact.ReadDescription(directory).Head!;
        Assert.Equal(("mlp", encoder.EmbeddingDim, 1, (int?)5), (head.Type, head.InFeatures, head.OutFeatures, head.HiddenUnits));
        using var loaded = ModelArtifact.LoadModel(directory, CPU);
        using var scope = NewDisposeScope();
        var input = randn(3, 3, 16, 16);
        var expected = model.call(input);
        Assert.True(expected.allclose(loaded.call(input)));
        // Not a linear map of the embedding in disguise: the ReLU layer is there and active.
        Assert.Equal(2, loaded.Head.named_parameters().Count(p => p.name.EndsWith("weight", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_linear_head_is_still_described_as_linear_without_hidden_units()
    {
        using var model = new RegressionModel(new SmallCnnEncoder([4, 8], 16));
        ModelArtifact.SaveModel(model, directory);

        var json = File.ReadAllText(Path.Combine(directory, ModelArtifact.DescriptionFile));
        Assert.Equal("linear", ModelArtifact.ReadDescription(directory).Head!.Type);
        Assert.DoesNotContain("hidden_units", json);
    }

    [Theory]
    [InlineData("{\"type\": \"mlp\", \"in_features\": 8, \"out_features\": 1}", "hidden_units")]
    [InlineData("{\"type\": \"conv\", \"in_features\": 8, \"out_features\": 1}", "'conv'")]
    public void A_head_that_cannot_be_built_is_invalid_input_naming_model_json(string head, string expected)
    {
        using (var model = new RegressionModel(new SmallCnnEncoder([4, 8], 16))) ModelArtifact.SaveModel(model, directory);
        string path = Path.Combine(directory, ModelArtifact.DescriptionFile);
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        json["head"] = System.Text.Json.Nodes.JsonNode.Parse(head);
        File.WriteAllText(path, json.ToJsonString());

        var error = Assert.Throws<SocioRunner.Core.Errors.InvalidInputException>(() => ModelArtifact.LoadModel(directory, CPU));
        Assert.StartsWith(path, error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Missing_description_is_invalid_input()
    {
        var error = Assert.Throws<SocioRunner.Core.Errors.InvalidInputException>(() => ModelArtifact.LoadEncoder(directory, CPU));
        Assert.Contains("model.json", error.Message);
    }

    [Fact]
    public void Weights_of_another_architecture_fail_clearly()
    {
        using var small = new SmallCnnEncoder([4, 8], 16);
        ModelArtifact.SaveEncoder(small, directory);
        using var other = new SmallCnnEncoder([4, 12], 16);
        other.save(Path.Combine(directory, ModelArtifact.EncoderWeightsFile));
        var error = Assert.Throws<SocioRunner.Core.Errors.InvalidInputException>(() => ModelArtifact.LoadEncoder(directory, CPU));
        Assert.Contains("encoder.dat", error.Message);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}

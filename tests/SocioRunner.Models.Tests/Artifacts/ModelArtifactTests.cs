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

using System.Text.Json;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Nodes;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Checkpoints.LightningImport;
using SocioRunner.Models.Tests.Support;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Tests.Checkpoints;

/// <summary>
/// Data/lightning_small_cnn.ckpt was written by real PyTorch 1.13 (Data/make/make_lightning_checkpoint.py): the original
/// project's Lightning layout (model.encoder.encoder.* + model.prediction_layer.*, optimizer and scheduler states,
/// callbacks, an AttributeDict of hyper-parameters) around a small CNN, so the file stays ~40 KB.
/// </summary>
[Collection(TorchGlobalStateCollection.Name)]
public class LightningCheckpointTests
{
    static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    static LightningCheckpointOptions Options => new()
    {
        Path = DataFile("lightning_small_cnn.ckpt"), Encoder = CheckpointEncoder.SmallCnn, Widths = [4, 8], InputSize = 16,
    };

    [Fact]
    public void Imported_model_reproduces_pytorch_outputs()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(DataFile("lightning_small_cnn_expected.json")));
        float[] Floats(string name) => expected.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetSingle()).ToArray();

        using var model = LightningCheckpointReader.Load(Options.Path, LightningCheckpointNode.SpecFor(Options), Options.EncoderPrefix, Options.HeadPrefix);
        using var scope = NewDisposeScope();
        var input = tensor(Floats("input"), [2, 3, 16, 16]);
        AssertClose(Floats("embedding"), model.Encoder.call(input).data<float>().ToArray());
        AssertClose(Floats("prediction"), model.call(input).data<float>().ToArray());
    }

    [Fact]
    public async Task Node_writes_a_model_artifact_with_safetensors()
    {
        using var folders = new TestNodeContext();
        var context = folders.Create("model/lightning-checkpoint");
        await ((INodeKind)new LightningCheckpointNode()).ExecuteAsync(context, Options);
        foreach (var file in new[] { "model.json", "encoder.dat", "head.dat", "encoder.safetensors" })
            Assert.True(File.Exists(Path.Combine(context.OutputDirectory, file)), file);
        using var model = ModelArtifact.LoadModel(context.OutputDirectory, CPU);
        Assert.Equal(["stem", "block1", "block2", "avgpool"], model.Encoder.StageNames);
    }

    [Fact]
    public void Wrong_architecture_lists_mismatched_and_missing_keys()
    {
        var wrong = Options with { Widths = [4, 8, 16] };
        var error = Assert.Throws<InvalidInputException>(() =>
            LightningCheckpointReader.Load(wrong.Path, LightningCheckpointNode.SpecFor(wrong), wrong.EncoderPrefix, wrong.HeadPrefix));
        Assert.Contains("missing keys: model.encoder.encoder.blocks.2", error.Message);
        Assert.Contains("model.prediction_layer.weight has shape [1, 8]", error.Message);
    }

    [Fact]
    public void Resnet_spec_against_a_small_cnn_checkpoint_reports_unexpected_keys()
    {
        var resnet = Options with { Encoder = CheckpointEncoder.Resnet18 };
        var error = Assert.Throws<InvalidInputException>(() =>
            LightningCheckpointReader.Load(resnet.Path, LightningCheckpointNode.SpecFor(resnet), resnet.EncoderPrefix, resnet.HeadPrefix));
        Assert.Contains("unexpected keys: model.encoder.encoder.blocks.0.conv_a.bn.bias", error.Message);
        Assert.Contains("missing keys: model.encoder.encoder.conv1.weight", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_checkpoint_is_invalid_input()
    {
        string path = Path.GetTempFileName();
        File.WriteAllText(path, "not a checkpoint");
        try
        {
            var error = Assert.Throws<InvalidInputException>(() => LightningCheckpointReader.ReadStateDict(path));
            Assert.Contains("not a readable PyTorch checkpoint", error.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Missing_path_fails_validation()
    {
        var problems = ((INodeKind)new LightningCheckpointNode()).Validate(Options with { Path = "/nope.ckpt" });
        Assert.Contains(problems, p => p.Key == "path" && p.Message.StartsWith("file not found", StringComparison.Ordinal));
    }

    static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-5 + 1e-4 * Math.Abs(expected[i]), $"{i}: {expected[i]} vs {actual[i]}");
    }
}

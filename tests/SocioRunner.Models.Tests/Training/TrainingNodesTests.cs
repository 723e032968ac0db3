using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Nodes;
using SocioRunner.Data.Batching;
using SocioRunner.Models.Encoders.SmallCnn;
using SocioRunner.Models.Tests.Support;
using SocioRunner.Models.Training.Probe;
using SocioRunner.Models.Training.Regression;
using SocioRunner.Models.Training.Rnc;

namespace SocioRunner.Models.Tests.Training;

/// <summary>The node kinds end to end on a tiny PNG dataset through the real batch stream, each recording the input preprocessing it trained with.</summary>
[Collection(TorchGlobalStateCollection.Name)]
public sealed class TrainingNodesTests : IDisposable
{
    static readonly TransformOptions Transforms = new() { Size = 16, RandAugment = false };
    readonly string root = Directory.CreateTempSubdirectory("socio-nodes-").FullName;

    [Fact]
    public async Task Encoder_rnc_probe_and_regression_nodes_produce_their_artifacts()
    {
        var dataset = TinyArtifacts.Dataset(Path.Combine(root, "dataset"), perSplit: 12);
        using var folders = new TestNodeContext();

        var encoderContext = folders.Create("encoder/small-cnn");
        await ((INodeKind)new SmallCnnEncoderNode()).ExecuteAsync(encoderContext, new SmallCnnEncoderOptions { Widths = [4, 8], InputSize = 16 });
        var encoder = TinyArtifacts.Handle(encoderContext.OutputDirectory, ArtifactTypes.Encoder, "encoder/small-cnn", "encoder");
        Assert.Equal(InputPreprocessing.Original(16), InputPreprocessing.FromJson(encoderContext.Preprocessing, "encoder"));

        var rncContext = folders.Create("train/rnc", inputs: Inputs(dataset, encoder));
        await ((INodeKind)new RncTrainNode()).ExecuteAsync(rncContext, new RncTrainOptions { Epochs = 2, BatchSize = 4, Transforms = Transforms });
        Assert.True(File.Exists(Path.Combine(rncContext.OutputDirectory, "encoder.dat")));
        Assert.Contains("val_embedding_ordering", rncContext.Metrics.Keys);
        Assert.Equal(3, File.ReadLines(Path.Combine(rncContext.OutputDirectory, "history.csv")).Count());
        Assert.Equal("""{"size":16,"scale":"rgb-unit","normalization":"min-max-per-image"}""", rncContext.Preprocessing!.ToJsonString());
        var pretrained = TinyArtifacts.Handle(rncContext.OutputDirectory, ArtifactTypes.Encoder, "train/rnc", "rnc");

        using var probeFolders = new TestNodeContext();
        var probeContext = probeFolders.Create("train/probe", inputs: Inputs(dataset, pretrained));
        await ((INodeKind)new ProbeTrainNode()).ExecuteAsync(probeContext, new ProbeTrainOptions { Epochs = 2, BatchSize = 4, Transforms = Transforms });
        var metrics = JsonNode.Parse(File.ReadAllText(Path.Combine(probeContext.OutputDirectory, "metrics.json")))!;
        Assert.NotNull(metrics["val"]!["r2"]);
        Assert.Contains("test_kendall_tau", probeContext.Metrics.Keys);
        Assert.Equal(new InputPreprocessing(16, ImageNormalization.MinMaxPerImage), InputPreprocessing.FromJson(probeContext.Preprocessing, "probe"));

        using var regressionFolders = new TestNodeContext();
        var regressionContext = regressionFolders.Create("train/regression", inputs: Inputs(dataset, encoder));
        await ((INodeKind)new RegressionTrainNode()).ExecuteAsync(regressionContext, new RegressionTrainOptions { Epochs = 1, BatchSize = 4, Transforms = Transforms with { MinMaxNormalize = false }, ExportSafetensors = true });
        Assert.Equal(new InputPreprocessing(16, ImageNormalization.None), InputPreprocessing.FromJson(regressionContext.Preprocessing, "regression"));
        Assert.True(File.Exists(Path.Combine(regressionContext.OutputDirectory, "head.dat")));
        Assert.True(File.Exists(Path.Combine(regressionContext.OutputDirectory, "encoder.safetensors")));
    }

    [Fact]
    public async Task Batch_size_larger_than_the_training_set_is_invalid_input()
    {
        var dataset = TinyArtifacts.Dataset(Path.Combine(root, "dataset"), perSplit: 3);
        using var folders = new TestNodeContext();
        var encoderContext = folders.Create("encoder/small-cnn");
        await ((INodeKind)new SmallCnnEncoderNode()).ExecuteAsync(encoderContext, new SmallCnnEncoderOptions { Widths = [4], InputSize = 16 });
        var encoder = TinyArtifacts.Handle(encoderContext.OutputDirectory, ArtifactTypes.Encoder, "encoder/small-cnn", "encoder");
        Assert.Equal(InputPreprocessing.Original(16), InputPreprocessing.FromJson(encoderContext.Preprocessing, "encoder"));

        var context = folders.Create("train/probe", inputs: Inputs(dataset, encoder));
        var error = await Assert.ThrowsAsync<InvalidInputException>(() =>
            ((INodeKind)new ProbeTrainNode()).ExecuteAsync(context, new ProbeTrainOptions { BatchSize = 32, Transforms = Transforms }));
        Assert.Contains("batch_size 32", error.Message);
    }

    [Fact]
    public void Options_validation_rejects_bad_depth_and_rnc_monitor()
    {
        Assert.Contains(((INodeKind)new Models.Encoders.ResNet.ResNetEncoderNode()).Validate(new Models.Encoders.ResNet.ResNetEncoderOptions { Depth = 101 }), p => p.Key == "depth");
        Assert.Contains(((INodeKind)new RncTrainNode()).Validate(new RncTrainOptions { Monitor = Models.Training.MonitorMetric.ValR2 }), p => p.Key == "monitor");
    }

    [Fact]
    public void Defaults_follow_the_paper()
    {
        var rnc = new RncTrainOptions();
        Assert.Equal((400, 0.0005, 0.0001, 32, 2.0), (rnc.Epochs, rnc.Lr, rnc.WeightDecay, rnc.BatchSize, rnc.Temperature));
        var probe = new ProbeTrainOptions();
        Assert.Equal((100, 0.005, 0.0, 32, 0.95, 3), (probe.Epochs, probe.Lr, probe.WeightDecay, probe.BatchSize, probe.LrGamma, probe.SaveTopK));
    }

    static Dictionary<string, IReadOnlyList<ArtifactHandle>> Inputs(ArtifactHandle dataset, ArtifactHandle encoder) =>
        new() { ["dataset"] = [dataset], ["encoder"] = [encoder] };

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

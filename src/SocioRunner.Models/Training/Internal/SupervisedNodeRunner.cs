using SocioRunner.Core.Nodes;
using SocioRunner.Data.Datasets;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Internal;

namespace SocioRunner.Models.Training.Internal;

/// <summary>The shared body of <c>train/probe</c> and <c>train/regression</c>: they differ only in whether the encoder trains.</summary>
internal static class SupervisedNodeRunner
{
    public static IReadOnlyList<InputSlot> Inputs(string encoderDescription) =>
    [
        new("dataset", ArtifactTypes.Dataset, description: "labelled images with splits"),
        new("encoder", ArtifactTypes.Encoder, description: encoderDescription),
    ];

    public static void Run(NodeContext context, SupervisedTrainOptions options, bool trainEncoder, string kind)
    {
        var device = TorchRuntime.Prepare(context);
        var dataset = DatasetArtifact.Open(context.Input("dataset"));
        var encoder = ModelArtifact.LoadEncoder(context.Input("encoder"), device);
        var (mean, std) = LabelScaledHead.Statistics(dataset.Split("train").Select(sample => sample.Label));
        using var model = new RegressionModel(encoder, new LabelScaledHead(encoder.EmbeddingDim, mean, std, options.HiddenUnits));
        var train = DatasetBatches.ForTraining(context, dataset, options, views: 1, device);
        var val = DatasetBatches.ForEvaluation(context, dataset, options, "val", device);
        if (val.SampleCount == 0 && options.Monitor != MonitorMetric.TrainLoss) throw TrainingErrors.EmptySplit(context.NodeId, "val");

        var (outcome, loop) = SupervisedTrainer.Train(context, model, trainEncoder, train, val, options, device);

        var splits = new Dictionary<string, IBatchSource>
        {
            ["train"] = DatasetBatches.ForEvaluation(context, dataset, options, "train", device, train.Stream.Cache),
            ["val"] = val,
            ["test"] = DatasetBatches.ForEvaluation(context, dataset, options, "test", device),
        };
        SupervisedTrainer.WriteArtifact(context, model, outcome, loop, splits, options, device, kind);
    }
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SocioRunner.Core.Nodes;
using SocioRunner.Data.Batching;
using SocioRunner.Data.Datasets;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Internal;
using SocioRunner.Models.Metrics;
using SocioRunner.Models.Training.Internal;

namespace SocioRunner.Models.Training.Rnc;

/// <summary><c>train/rnc</c>: Rank-N-Contrast pretraining of the input encoder on the dataset's training split.</summary>
public sealed class RncTrainNode : NodeKind<RncTrainOptions>
{
    public override string Name => "train/rnc";

    public override int Version => 2; // 2: 8-bit tile cache, batched tensor augmentation

    public override string Description => "Rank-N-Contrast contrastive pretraining (two views per image, AdamW, cosine schedule)";

    public override IReadOnlyList<InputSlot> Inputs =>
    [
        new("dataset", ArtifactTypes.Dataset, description: "labelled images with splits"),
        new("encoder", ArtifactTypes.Encoder, description: "the encoder to pretrain (architecture and initial weights)"),
    ];

    public override string OutputType => ArtifactTypes.Encoder;

    protected override IEnumerable<OptionProblem> Validate(RncTrainOptions options)
    {
        if (options.Monitor != MonitorMetric.TrainLoss) yield return new OptionProblem("monitor", "contrastive pretraining has no validation loss; use train-loss");
    }

    protected override Task ExecuteAsync(NodeContext context, RncTrainOptions options)
    {
        var device = TorchRuntime.Prepare(context);
        var dataset = DatasetArtifact.Open(context.Input("dataset"));
        using var encoder = ModelArtifact.LoadEncoder(context.Input("encoder"), device);
        if (encoder.InputSize != options.Transforms.Size)
            context.Logger.LogWarning("{Node}: transforms.size {Size} differs from the encoder's input size {Input}", context.NodeId, options.Transforms.Size, encoder.InputSize);
        var train = DatasetBatches.ForTraining(context, dataset, options, views: 2, device);

        var (outcome, loop) = RncTrainer.Train(context, encoder, train, options, device);

        var metrics = new JsonObject { ["final_train_loss"] = outcome.History[^1].TrainLoss, ["best_epoch"] = outcome.Best[0].Epoch };
        var val = DatasetBatches.ForEvaluation(context, dataset, options, "val", device);
        if (val.SampleCount >= 3)
        {
            var predictions = Evaluation.Predict("val", encoder, null, val, device, context.Cancellation);
            double ordering = RegressionMetrics.EmbeddingOrdering(predictions.Embeddings, predictions.Labels, options.MaxPairsSample, context.Seed);
            metrics["val"] = new JsonObject { ["embedding_ordering"] = double.IsFinite(ordering) ? ordering : null };
            context.RecordMetric("val_embedding_ordering", ordering);
        }
        ModelArtifact.SaveEncoder(context, encoder, InputPreprocessing.Of(options.Transforms), Name);
        TrainingArtifacts.ExportSafetensorsIfRequested(context, encoder, options);
        TrainingArtifacts.WriteMetrics(context, metrics);
        TrainingArtifacts.WriteHistory(context, outcome.History);
        TrainingArtifacts.CopyLogsAndCheckpoints(context, loop, outcome);
        TrainingArtifacts.Summarize(context, outcome);
        return Task.CompletedTask;
    }
}

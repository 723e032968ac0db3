using SocioRunner.Core.Nodes;
using SocioRunner.Data.Batching;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Metrics;
using SocioRunner.Models.TorchSafety;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Training.Internal;

/// <summary>
/// L1 regression of an encoder + linear head, validated every epoch: the linear probe (frozen encoder, only the head
/// trains, encoder kept in eval mode) and the paper's end-to-end baseline (everything trains).
/// </summary>
internal static class SupervisedTrainer
{
    public static (TrainingOutcome Outcome, EpochLoop Loop) Train(
        NodeContext context, RegressionModel model, bool trainEncoder, IBatchSource train, IBatchSource val,
        SupervisedTrainOptions options, Device device)
    {
        model.to(device);
        if (!trainEncoder)
            foreach (var parameter in model.Encoder.parameters()) parameter.requires_grad = false;
        var parameters = trainEncoder ? model.parameters() : model.Head.parameters();
        var optimizer = new ScalarSafeAdamW(parameters, lr: options.Lr, weightDecay: options.WeightDecay);
        var loop = new EpochLoop(context, model, optimizer, options);

        EpochStats TrainEpoch(int epoch)
        {
            model.train();
            if (!trainEncoder) model.Encoder.eval();
            return BatchLoop.Run(context.NodeId, train, epoch, context.Cancellation, batch =>
            {
                var input = BatchLoop.View(batch, 0, device);
                Tensor prediction;
                if (trainEncoder) prediction = model.call(input);
                else
                {
                    Tensor embedding;
                    using (no_grad()) embedding = model.Encoder.call(input);
                    prediction = model.Head.call(embedding);
                }
                // L1 in standardised units (a label-scaled head divides back), so losses compare across datasets.
                using var labelStd = LabelStd(model).ToScalar();
                var loss = nn.functional.l1_loss(prediction.reshape(-1), BatchLoop.Labels(batch, device)).div(labelStd);
                optimizer.zero_grad();
                loss.backward();
                if (options.GradientClipNorm is { } clip) nn.utils.clip_grad_norm_(parameters, clip);
                optimizer.step();
                return loss.item<float>();
            });
        }

        ValidationResult Validate(int epoch)
        {
            var predictions = Evaluation.Predict("val", model.Encoder, model.Head, val, device, context.Cancellation);
            double loss = RegressionMetrics.Mae(predictions.Labels, predictions.Predictions) / LabelStd(model);
            return new ValidationResult(loss, RegressionMetrics.R2(predictions.Labels, predictions.Predictions));
        }

        var outcome = loop.Run(epoch => LearningRateSchedule.Exponential(options.Lr, epoch, options.LrGamma), TrainEpoch, Validate);
        return (outcome, loop);
    }

    static double LabelStd(RegressionModel model) => model.Head is LabelScaledHead scaled ? scaled.Std : 1.0;

    /// <summary>Predicts every split with the best weights and writes the model artifact (weights, predictions, metrics, history, logs).</summary>
    public static void WriteArtifact(
        NodeContext context, RegressionModel model, TrainingOutcome outcome, EpochLoop loop,
        IReadOnlyDictionary<string, IBatchSource> splits, SupervisedTrainOptions options, Device device, string source)
    {
        var metrics = new System.Text.Json.Nodes.JsonObject();
        foreach (var (split, batches) in splits)
        {
            if (batches.SampleCount == 0) continue;
            var predictions = Evaluation.Predict(split, model.Encoder, model.Head, batches, device, context.Cancellation);
            predictions.WriteCsv(context.OutputPath($"predictions_{split}.csv"));
            if (split == "train") continue;
            var values = predictions.Metrics(options.MaxPairsSample, context.Seed);
            metrics[split] = TrainingArtifacts.ToJson(values);
            foreach (var (name, value) in values) context.RecordMetric($"{split}_{name}", value);
        }
        if (model.Head is LabelScaledHead scaled)
        {
            var saved = new RegressionModel(model.Encoder, scaled.Fold()); // shares the encoder: not disposed here
            ModelArtifact.SaveModel(context, saved, InputPreprocessing.Of(options.Transforms), source);
        }
        else ModelArtifact.SaveModel(context, model, InputPreprocessing.Of(options.Transforms), source);
        TrainingArtifacts.ExportSafetensorsIfRequested(context, model.Encoder, options);
        TrainingArtifacts.WriteMetrics(context, metrics);
        TrainingArtifacts.WriteHistory(context, outcome.History);
        TrainingArtifacts.CopyLogsAndCheckpoints(context, loop, outcome);
        TrainingArtifacts.Summarize(context, outcome);
    }
}

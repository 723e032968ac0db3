using SocioRunner.Core.Nodes;
using SocioRunner.Models.Encoders;
using SocioRunner.Models.Losses;
using SocioRunner.Models.Training.Internal;
using SocioRunner.Models.TorchSafety;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Training.Rnc;

/// <summary>Rank-N-Contrast pretraining of an encoder on two augmented views per image (AdamW, cosine schedule).</summary>
internal static class RncTrainer
{
    public static (TrainingOutcome Outcome, EpochLoop Loop) Train(
        NodeContext context, StagedEncoder encoder, IBatchSource train, RncTrainOptions options, Device device)
    {
        encoder.to(device);
        var optimizer = new ScalarSafeAdamW(encoder.parameters(), lr: options.Lr, weightDecay: options.WeightDecay);
        var loop = new EpochLoop(context, encoder, optimizer, options);

        EpochStats TrainEpoch(int epoch)
        {
            encoder.train();
            return BatchLoop.Run(context.NodeId, train, epoch, context.Cancellation, batch =>
            {
                if (batch.Views.Count < 2) throw new InvalidOperationException("contrastive training needs two views per image");
                var views = cat([BatchLoop.View(batch, 0, device), BatchLoop.View(batch, 1, device)], 0);
                var embeddings = encoder.call(views);
                var features = stack([embeddings[..batch.Count], embeddings[batch.Count..]], 1);
                var loss = RankNContrastLoss.Compute(features, BatchLoop.Labels(batch, device), options.Temperature, options.LabelDistance, options.FeatureDistance);
                optimizer.zero_grad();
                loss.backward();
                if (options.GradientClipNorm is { } clip) nn.utils.clip_grad_norm_(encoder.parameters(), clip);
                optimizer.step();
                return loss.item<float>();
            });
        }

        var outcome = loop.Run(epoch => LearningRateSchedule.Cosine(options.Lr, epoch, options.Epochs), TrainEpoch, validate: null);
        return (outcome, loop);
    }
}

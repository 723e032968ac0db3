using Microsoft.Extensions.Logging;
using SocioRunner.Core.Nodes;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SocioRunner.Models.Training.Internal;

/// <summary>
/// The epoch loop shared by every training node: learning rate per epoch, training, optional validation, history,
/// TensorBoard scalars, progress, best-k checkpoints, early stopping and exact resume from the work directory.
/// The kind-specific work (one training epoch, one validation pass) comes in as delegates.
/// </summary>
internal sealed class EpochLoop(NodeContext context, nn.Module module, OptimizerHelper optimizer, TrainingOptions options)
{
    public string CheckpointDirectory => Path.Combine(context.WorkDirectory, "checkpoints");

    public string TensorBoardDirectory => Path.Combine(context.WorkDirectory, "tensorboard");

    public TrainingOutcome Run(Func<int, double> learningRate, Func<int, EpochStats> trainEpoch, Func<int, ValidationResult>? validate)
    {
        Directory.CreateDirectory(CheckpointDirectory);
        var state = ResumeState.TryLoad(context.WorkDirectory, module, optimizer) ?? new ResumeState();
        if (state.CompletedEpochs > 0)
            context.Logger.LogInformation("{Node}: resuming after epoch {Epoch} from {Folder}", context.NodeId, state.CompletedEpochs, context.WorkDirectory);

        using var progress = context.Progress.Start($"{context.NodeId}: epochs", options.Epochs);
        if (state.CompletedEpochs > 0) progress.Increment(state.CompletedEpochs);
        var writer = torch.utils.tensorboard.SummaryWriter(TensorBoardDirectory);
        bool stoppedEarly = false;

        for (int epoch = state.CompletedEpochs + 1; epoch <= options.Epochs; epoch++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            double lr = learningRate(epoch - 1);
            foreach (var group in optimizer.ParamGroups) group.LearningRate = lr;

            var stats = trainEpoch(epoch);
            var validation = validate?.Invoke(epoch);
            var record = new EpochRecord(epoch, stats.MeanLoss, validation?.Loss, validation?.R2, lr, stats.Seconds, stats.DataWaitSeconds, stats.Images);
            state.History.Add(record);
            Log(writer, record);

            var (improved, dropped) = KeepIfBest(state, record);
            state.EpochsSinceImprovement = improved ? 0 : state.EpochsSinceImprovement + 1;
            state.CompletedEpochs = epoch;
            state.Save(context.WorkDirectory, module, optimizer);
            // Only now: until the new state is saved, the saved one still lists the dropped checkpoints, and a kill
            // before this point must find them on resume.
            foreach (string file in dropped) File.Delete(Path.Combine(CheckpointDirectory, file));

            progress.Increment();
            progress.Describe($"{context.NodeId}: epoch {epoch}/{options.Epochs} loss {stats.MeanLoss:F4}" +
                (validation is null ? "" : $" val R2 {validation.R2:F3}"));

            if (options.EarlyStoppingPatience is { } patience && state.EpochsSinceImprovement >= patience)
            {
                context.Logger.LogInformation("{Node}: early stopping at epoch {Epoch} ({Monitor} did not improve for {Patience} epochs)",
                    context.NodeId, epoch, options.Monitor, patience);
                stoppedEarly = true;
                break;
            }
        }

        if (state.Best.Count == 0) throw new InvalidOperationException("training finished without a checkpoint");
        module.load(Path.Combine(CheckpointDirectory, state.Best[0].File));
        return new TrainingOutcome(state.History, state.Best, stoppedEarly);
    }

    /// <summary>
    /// Saves this epoch's weights if they rank among the best k; returns whether they are the best so far and the
    /// checkpoint files that fell out of the top k, for the caller to delete once the state no longer names them.
    /// </summary>
    (bool Improved, List<string> Dropped) KeepIfBest(ResumeState state, EpochRecord record)
    {
        double value = record.Value(options.Monitor) ?? record.TrainLoss;
        bool higherIsBetter = options.Monitor == MonitorMetric.ValR2;
        double score = higherIsBetter ? value : -value;
        var ranked = state.Best;
        bool qualifies = ranked.Count < options.SaveTopK || score > Score(ranked[^1]);
        bool improved = ranked.Count == 0 || score > Score(ranked[0]);
        var dropped = new List<string>();
        if (!qualifies) return (improved, dropped);

        string file = $"epoch_{record.Epoch:D4}.dat";
        module.save(Path.Combine(CheckpointDirectory, file));
        ranked.Add(new BestCheckpoint(record.Epoch, value, file));
        // Better first; earlier epoch first among equals.
        ranked.Sort((a, b) => Score(b).CompareTo(Score(a)) is var c && c != 0 ? c : a.Epoch.CompareTo(b.Epoch));
        while (ranked.Count > options.SaveTopK)
        {
            dropped.Add(ranked[^1].File);
            ranked.RemoveAt(ranked.Count - 1);
        }
        return (improved, dropped);

        double Score(BestCheckpoint c) => higherIsBetter ? c.Value : -c.Value;
    }

    static void Log(TorchSharp.Modules.SummaryWriter writer, EpochRecord record)
    {
        writer.add_scalar("train/loss", (float)record.TrainLoss, record.Epoch);
        writer.add_scalar("train/lr", (float)record.Lr, record.Epoch);
        if (record.Seconds > 0) writer.add_scalar("train/images_per_second", (float)(record.Images / record.Seconds), record.Epoch);
        if (record.ValLoss is { } loss) writer.add_scalar("val/loss", (float)loss, record.Epoch);
        if (record.ValR2 is { } r2) writer.add_scalar("val/r2", (float)r2, record.Epoch);
    }
}

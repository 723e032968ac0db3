using SocioRunner.Core.Errors;

namespace SocioRunner.Models.Training.Internal;

/// <summary>All wording of training failures in one place.</summary>
internal static class TrainingErrors
{
    public static NodeFailedException NonFiniteLoss(string nodeId, int epoch, int batch, int lastGoodEpoch) => new(nodeId,
        $"training loss became NaN/infinite at epoch {epoch} (batch {batch}); " +
        (lastGoodEpoch > 0
            ? $"the last good checkpoint (epoch {lastGoodEpoch}) is kept and a re-run resumes from it. "
            : "no epoch had completed yet. ") +
        "Try a lower lr, gradient_clip_norm, or check the labels for NaN values");

    public static InvalidInputException BatchLargerThanData(string nodeId, int batchSize, int samples, string split) => new(
        $"node '{nodeId}': batch_size {batchSize} is larger than the {split} split ({samples} images); lower batch_size");

    public static InvalidInputException EmptySplit(string nodeId, string split) => new(
        $"node '{nodeId}': the dataset's {split} split is empty");

    public static InvalidInputException CorruptResumeState(string path, Exception inner) => new(
        $"cannot resume from {path}: {inner.Message}; delete that folder to start training over", inner);
}

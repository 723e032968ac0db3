namespace SocioRunner.Models.Training.Internal;

/// <summary>Result of an <see cref="EpochLoop"/> run: the module holds the best checkpoint's weights.</summary>
internal sealed record TrainingOutcome(IReadOnlyList<EpochRecord> History, IReadOnlyList<BestCheckpoint> Best, bool StoppedEarly);

namespace SocioRunner.Models.Training;

/// <summary>Batches of one split. <see cref="Epoch"/> must be deterministic for a given epoch (resume relies on it).</summary>
public interface IBatchSource
{
    int SampleCount { get; }

    IEnumerable<TrainingBatch> Epoch(int epoch, CancellationToken cancellation);
}

using SocioRunner.Core.Nodes;
using SocioRunner.Data.Batching;
using SocioRunner.Data.Datasets;

namespace SocioRunner.Models.Training.Internal;

/// <summary>Adapts the data project's <see cref="BatchStream"/> to the trainers' <see cref="IBatchSource"/>.</summary>
internal sealed class DatasetBatches(BatchStream stream, int sampleCount) : IBatchSource
{
    public int SampleCount => sampleCount;

    public IEnumerable<TrainingBatch> Epoch(int epoch, CancellationToken cancellation) =>
        stream.Epoch(epoch, cancellation).Select(b => new TrainingBatch(b.Ids, b.Labels, b.Views, b.Count, b.Size));

    /// <summary>Shuffled, augmented training batches (incomplete last batch dropped).</summary>
    public static DatasetBatches ForTraining(NodeContext context, DatasetArtifact dataset, TrainingOptions options, int views)
    {
        var samples = dataset.Split("train");
        if (samples.Count == 0) throw TrainingErrors.EmptySplit(context.NodeId, "train");
        if (options.BatchSize > samples.Count) throw TrainingErrors.BatchLargerThanData(context.NodeId, options.BatchSize, samples.Count, "train");
        var stream = new BatchStream(samples, options.BatchSize, options.Transforms, train: true, views, context.Seed, shuffle: true, dropLast: true, options.Prefetch);
        return new DatasetBatches(stream, samples.Count);
    }

    /// <summary>Every image of a split in order, without augmentation.</summary>
    public static DatasetBatches ForEvaluation(NodeContext context, DatasetArtifact dataset, TrainingOptions options, string split)
    {
        var samples = dataset.Split(split);
        var stream = new BatchStream(samples, options.BatchSize, options.Transforms, train: false, views: 1, context.Seed, shuffle: false, dropLast: false, options.Prefetch);
        return new DatasetBatches(stream, samples.Count);
    }
}

using SocioRunner.Core.Nodes;
using SocioRunner.Data.Batching;
using SocioRunner.Data.Datasets;
using SocioRunner.Models.Training.Augmentation;
using static TorchSharp.torch;

namespace SocioRunner.Models.Training.Internal;

/// <summary>Adapts the data project's <see cref="BatchStream"/> to the trainers' <see cref="IBatchSource"/>: the stream's
/// producer thread also runs the <see cref="BatchAugmenter"/>, so batches arrive augmented on the training device.</summary>
internal sealed class DatasetBatches(BatchStream stream, BatchAugmenter augmenter, int sampleCount) : IBatchSource
{
    public int SampleCount => sampleCount;

    public BatchStream Stream => stream;

    public IEnumerable<TrainingBatch> Epoch(int epoch, CancellationToken cancellation) => stream.Epoch(epoch, augmenter.Finish, cancellation);

    /// <summary>Shuffled, augmented training batches (incomplete last batch dropped).</summary>
    public static DatasetBatches ForTraining(NodeContext context, DatasetArtifact dataset, TrainingOptions options, int views, Device device, DecodedTileCache? cache = null)
    {
        var samples = dataset.Split("train");
        if (samples.Count == 0) throw TrainingErrors.EmptySplit(context.NodeId, "train");
        if (options.BatchSize > samples.Count) throw TrainingErrors.BatchLargerThanData(context.NodeId, options.BatchSize, samples.Count, "train");
        var stream = new BatchStream(samples, options.BatchSize, options.Transforms, train: true, views, context.Seed, shuffle: true, dropLast: true, options.Prefetch, cache);
        return new DatasetBatches(stream, new BatchAugmenter(device), samples.Count);
    }

    /// <summary>Every image of a split in order, without augmentation.</summary>
    public static DatasetBatches ForEvaluation(NodeContext context, DatasetArtifact dataset, TrainingOptions options, string split, Device device, DecodedTileCache? cache = null)
    {
        var samples = dataset.Split(split);
        var stream = new BatchStream(samples, options.BatchSize, options.Transforms, train: false, views: 1, context.Seed, shuffle: false, dropLast: false, options.Prefetch, cache);
        return new DatasetBatches(stream, new BatchAugmenter(device), samples.Count);
    }
}

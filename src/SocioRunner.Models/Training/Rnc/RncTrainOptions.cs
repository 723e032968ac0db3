using System.ComponentModel.DataAnnotations;
using SocioRunner.Models.Losses;

namespace SocioRunner.Models.Training.Rnc;

/// <summary>Options of <c>train/rnc</c>. Defaults: the paper's RNC pretraining (400 epochs, lr 5e-4, weight decay 1e-4, batch 32, AdamW, cosine).</summary>
public sealed record RncTrainOptions : TrainingOptions
{
    public RncTrainOptions()
    {
        Epochs = 400;
        Lr = 0.0005;
        WeightDecay = 0.0001;
        BatchSize = 32;
        Monitor = MonitorMetric.TrainLoss;
    }

    /// <summary>Softmax temperature of the loss.</summary>
    [Range(1e-4, 1e4)]
    public double Temperature { get; init; } = 2.0;

    public DistanceKind LabelDistance { get; init; } = DistanceKind.L1;

    public DistanceKind FeatureDistance { get; init; } = DistanceKind.L2;

    /// <summary>Pairs sampled for the validation embedding-ordering score.</summary>
    [Range(10, 10_000_000)]
    public int MaxPairsSample { get; init; } = 20_000;
}

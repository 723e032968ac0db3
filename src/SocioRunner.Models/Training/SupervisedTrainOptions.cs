using System.ComponentModel.DataAnnotations;

namespace SocioRunner.Models.Training;

/// <summary>
/// Options shared by <c>train/probe</c> and <c>train/regression</c>. Defaults: the paper's probe and L1 baseline
/// (100 epochs, lr 5e-3, no weight decay, batch 32, AdamW, exponential decay 0.95 per epoch, best 3 by val R^2).
/// </summary>
public abstract record SupervisedTrainOptions : TrainingOptions
{
    /// <summary>Learning-rate decay factor per epoch (exponential schedule).</summary>
    [Range(0.0, 1.0)]
    public double LrGamma { get; init; } = 0.95;

    /// <summary>
    /// Units of one hidden ReLU layer between the pooled embedding and the prediction; unset (the default) is the paper's
    /// linear head. A linear head on average-pooled features predicts a sum over locations and cannot represent an
    /// outcome that depends on the whole image non-additively (docs/models.md, "The head").
    /// </summary>
    [Range(1, 4096)]
    public int? HiddenUnits { get; init; }

    /// <summary>Pairs sampled for the embedding-ordering score.</summary>
    [Range(10, 10_000_000)]
    public int MaxPairsSample { get; init; } = 20_000;
}

using System.ComponentModel.DataAnnotations;
using SocioRunner.Data.Batching;

namespace SocioRunner.Models.Training;

/// <summary>
/// Options shared by the training node kinds. Each kind's options record derives from this one and sets the
/// paper's defaults for its stage in its constructor (docs/models.md, "Default hyperparameters").
/// </summary>
public abstract record TrainingOptions
{
    [Range(1, 100_000)]
    public int Epochs { get; init; } = 100;

    [Range(2, 65_536)]
    public int BatchSize { get; init; } = 32;

    [Range(1e-9, 10.0)]
    public double Lr { get; init; } = 0.005;

    [Range(0.0, 10.0)]
    public double WeightDecay { get; init; }

    /// <summary>How many best checkpoints (by <see cref="Monitor"/>) to keep.</summary>
    [Range(1, 100)]
    public int SaveTopK { get; init; } = 3;

    /// <summary>The metric that ranks checkpoints and drives early stopping.</summary>
    public MonitorMetric Monitor { get; init; } = MonitorMetric.ValR2;

    /// <summary>Stop after this many epochs without improvement of <see cref="Monitor"/>; null trains all epochs.</summary>
    [Range(1, 100_000)]
    public int? EarlyStoppingPatience { get; init; }

    /// <summary>Clip the global gradient norm to this value; null disables clipping.</summary>
    [Range(1e-6, 1e6)]
    public double? GradientClipNorm { get; init; }

    /// <summary>Batches prepared ahead of the training step.</summary>
    [Range(0, 64)]
    public int Prefetch { get; init; } = 4;

    /// <summary>Also write <c>encoder.safetensors</c> (the trained encoder's weights, readable by Python tools).</summary>
    public bool ExportSafetensors { get; init; }

    /// <summary>Resize, augmentation and normalisation (augmentation applies to training batches only).</summary>
    public TransformOptions Transforms { get; init; } = new();
}

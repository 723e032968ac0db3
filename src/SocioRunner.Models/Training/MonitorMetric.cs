namespace SocioRunner.Models.Training;

/// <summary>What ranks checkpoints (YAML: <c>train-loss</c>, <c>val-loss</c>, <c>val-r2</c>).</summary>
public enum MonitorMetric
{
    /// <summary>Mean training loss (lower is better); the default of contrastive pretraining.</summary>
    TrainLoss,
    /// <summary>Validation L1 loss (lower is better).</summary>
    ValLoss,
    /// <summary>Validation R^2 (higher is better); the original probe's choice.</summary>
    ValR2,
}

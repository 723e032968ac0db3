namespace SocioRunner.Models.Training.Probe;

/// <summary>Options of <c>train/probe</c> (the paper's linear probe: 100 epochs, lr 5e-3, AdamW, exponential 0.95, best 3 by val R^2).</summary>
public sealed record ProbeTrainOptions : SupervisedTrainOptions;

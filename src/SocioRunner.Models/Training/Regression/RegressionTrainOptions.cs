namespace SocioRunner.Models.Training.Regression;

/// <summary>Options of <c>train/regression</c> (the paper's end-to-end L1 baseline; same defaults as the probe).</summary>
public sealed record RegressionTrainOptions : SupervisedTrainOptions;

namespace SocioRunner.Models.Training.Internal;

/// <summary>What one training epoch measured.</summary>
internal sealed record EpochStats(double MeanLoss, int Images, double Seconds, double DataWaitSeconds);

namespace SocioRunner.Models.Training.Internal;

/// <summary>
/// Per-epoch learning rates in closed form (same values as PyTorch's CosineAnnealingLR with eta_min 0 and
/// ExponentialLR stepped once per epoch). Closed forms make resume trivial: the rate depends only on the epoch.
/// </summary>
internal static class LearningRateSchedule
{
    public static double Cosine(double baseLr, int epoch, int totalEpochs) =>
        baseLr * (1 + Math.Cos(Math.PI * epoch / totalEpochs)) / 2;

    public static double Exponential(double baseLr, int epoch, double gamma) => baseLr * Math.Pow(gamma, epoch);
}

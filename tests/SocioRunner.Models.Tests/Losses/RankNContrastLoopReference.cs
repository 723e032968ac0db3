using SocioRunner.Models.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Tests.Losses;

/// <summary>
/// The direct O(N^3) formulation of Rank-N-Contrast, written like the original Python loss (one pass per
/// positive column, a fresh negative mask each time). Kept only as a reference for tests and benchmarks.
/// </summary>
public static class RankNContrastLoopReference
{
    public static Tensor Compute(
        Tensor features, Tensor labels, double temperature = 2.0,
        DistanceKind labelDistance = DistanceKind.L1, DistanceKind featureDistance = DistanceKind.L2)
    {
        using var scope = NewDisposeScope();
        long n = features.shape[0];
        long views = 2 * n;
        Tensor flat = cat([features.select(1, 0), features.select(1, 1)], 0);
        Tensor y = labels.reshape(n, -1).to(flat.dtype);
        y = cat([y, y], 0);

        Tensor labelDiffs = labelDistance == DistanceKind.L1
            ? (y.unsqueeze(1) - y.unsqueeze(0)).abs().sum(-1)
            : (y.unsqueeze(1) - y.unsqueeze(0)).norm(-1, false, 2);
        // Pairwise feature distances via cdist (the original materializes [2N, 2N, D] differences, which at
        // 512 views x 2048-d needs gigabytes; the benchmark compares the loss formulations, not that).
        Tensor featureDist = cdist(flat, flat, p: featureDistance == DistanceKind.L2 ? 2.0 : 1.0);
        Tensor logits = featureDist.neg() / temperature;
        logits = logits - logits.max(1, keepdim: true).values.detach();
        Tensor expLogits = logits.exp();

        Tensor offDiagonal = eye(views, dtype: ScalarType.Bool).logical_not();
        logits = logits.masked_select(offDiagonal).view(views, views - 1);
        expLogits = expLogits.masked_select(offDiagonal).view(views, views - 1);
        labelDiffs = labelDiffs.masked_select(offDiagonal).view(views, views - 1);

        Tensor loss = zeros([], dtype: flat.dtype);
        for (long k = 0; k < views - 1; k++)
        {
            Tensor positiveLogits = logits[.., k];
            Tensor positiveDiffs = labelDiffs[.., k];
            Tensor negativeMask = (labelDiffs >= positiveDiffs.view(-1, 1)).to(flat.dtype);
            Tensor positiveLogProbs = positiveLogits - (negativeMask * expLogits).sum(-1).log();
            loss = loss - (positiveLogProbs / (views * (views - 1))).sum();
        }
        return loss.MoveToOuterDisposeScope();
    }
}

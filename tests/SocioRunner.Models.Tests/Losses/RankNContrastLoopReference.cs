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
        DistanceKind labelDistance = DistanceKind.L1, DistanceKind featureDistance = DistanceKind.L2,
        bool materializeDifferences = false)
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
        // The original materializes [2N, 2N, D] differences (gigabytes at 512 views x 2048-d); by default use cdist so
        // that comparisons isolate the loss formulation. The benchmark runs both.
        Tensor featureDist = !materializeDifferences
            ? cdist(flat, flat, p: featureDistance == DistanceKind.L2 ? 2.0 : 1.0)
            : featureDistance == DistanceKind.L2
                ? (flat.unsqueeze(1) - flat.unsqueeze(0)).norm(-1, false, 2)
                : (flat.unsqueeze(1) - flat.unsqueeze(0)).abs().sum(-1);
        using var temperatureScalar = temperature.ToScalar();
        Tensor logits = featureDist.neg().div(temperatureScalar);
        logits = logits - logits.max(1, keepdim: true).values.detach();
        Tensor expLogits = logits.exp();

        Tensor offDiagonal = eye(views, dtype: ScalarType.Bool).logical_not();
        logits = logits.masked_select(offDiagonal).view(views, views - 1);
        expLogits = expLogits.masked_select(offDiagonal).view(views, views - 1);
        labelDiffs = labelDiffs.masked_select(offDiagonal).view(views, views - 1);

        using var pairCount = (views * (views - 1)).ToScalar();
        Tensor loss = zeros([], dtype: flat.dtype);
        for (long k = 0; k < views - 1; k++)
        {
            Tensor positiveLogits = logits[.., k];
            Tensor positiveDiffs = labelDiffs[.., k];
            Tensor negativeMask = (labelDiffs >= positiveDiffs.view(-1, 1)).to(flat.dtype);
            Tensor positiveLogProbs = positiveLogits - (negativeMask * expLogits).sum(-1).log();
            loss = loss - positiveLogProbs.div(pairCount).sum();
        }
        return loss.MoveToOuterDisposeScope();
    }
}

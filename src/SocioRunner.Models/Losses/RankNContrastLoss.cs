using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Losses;

/// <summary>
/// Rank-N-Contrast loss (Zha et al., 2023) exactly as defined in MISSION.md: for anchor <c>i</c> and positive
/// <c>j != i</c> among the 2N views, <c>-log(exp(s_ij/t) / sum_{k != i, d_ik &gt;= d_ij} exp(s_ik/t))</c>, with
/// <c>s</c> the negative feature distance and <c>d</c> the label distance, averaged over all 2N(2N-1) pairs.
/// </summary>
/// <remarks>
/// The direct formulation loops over positives (O(N^3)). Here each anchor's label distances are sorted once;
/// the denominator of positive <c>j</c> is then a suffix sum of the sorted exp-logits starting at the first
/// element of <c>j</c>'s tie group (<c>searchsorted</c> with <c>right = false</c>), so ties share one
/// denominator and count as negatives, as the <c>&gt;=</c> rule requires. Suffix sums are taken in log space
/// (<c>logcumsumexp</c>), which subtracts the running maximum internally: no exp underflow even for
/// far-apart features or small temperatures. Cost O(N^2 log N) plus one distance matrix; autograd flows
/// through gather/cumulative ops, so value and gradient equal the loop's.
/// </remarks>
public static class RankNContrastLoss
{
    /// <summary>Computes the loss.</summary>
    /// <param name="features">[N, 2, D] features of two views per image.</param>
    /// <param name="labels">[N] or [N, L] labels.</param>
    /// <param name="temperature">Softmax temperature <c>t</c> (the paper uses 2).</param>
    /// <param name="labelDistance">Label distance (<c>l1</c> in the paper).</param>
    /// <param name="featureDistance">Feature distance; similarity is its negative (<c>l2</c> in the paper).</param>
    /// <returns>A scalar tensor (owned by the caller's dispose scope).</returns>
    public static Tensor Compute(
        Tensor features, Tensor labels, double temperature = 2.0,
        DistanceKind labelDistance = DistanceKind.L1, DistanceKind featureDistance = DistanceKind.L2)
    {
        if (features.dim() != 3 || features.shape[1] != 2)
            throw new ArgumentException($"features must be [N, 2, D], got [{string.Join(", ", features.shape)}]", nameof(features));
        if (labels.shape[0] != features.shape[0])
            throw new ArgumentException($"labels must have {features.shape[0]} rows, got {labels.shape[0]}", nameof(labels));
        if (!(temperature > 0)) throw new ArgumentOutOfRangeException(nameof(temperature), "temperature must be positive");

        using var scope = NewDisposeScope();
        long n = features.shape[0];
        long views = 2 * n;
        if (views < 2) throw new ArgumentException("need at least one image (two views)", nameof(features));

        // Views ordered [all first views; all second views], labels repeated the same way (as the original code).
        Tensor flat = cat([features.select(1, 0), features.select(1, 1)], 0);
        Tensor y = labels.reshape(n, -1).to(flat.dtype);
        y = cat([y, y], 0);

        Tensor logits = cdist(flat, flat, p: featureDistance == DistanceKind.L2 ? 2.0 : 1.0).neg().div(temperature);
        Tensor labelDiffs = cdist(y, y, p: labelDistance == DistanceKind.L2 ? 2.0 : 1.0);

        // Drop the diagonal (k != i): [V, V-1].
        Tensor offDiagonal = eye(views, dtype: ScalarType.Bool, device: flat.device).logical_not();
        Tensor offLogits = logits.masked_select(offDiagonal).view(views, views - 1);
        Tensor offLabels = labelDiffs.detach().masked_select(offDiagonal).view(views, views - 1);

        // Sort each anchor's label distances ascending; the denominator set of position p is every position >= the
        // start of p's tie group.
        var (sortedLabels, order) = offLabels.sort(dim: 1);
        Tensor sortedLogits = offLogits.gather(1, order);
        Tensor suffixLogSums = sortedLogits.flip(1).logcumsumexp(1).flip(1);
        // NaN labels sort last and would index past the end: clamp, and let NaN propagate into the loss below.
        Tensor groupStart = searchsorted(sortedLabels.contiguous(), sortedLabels.contiguous(), right: false).clamp_max(views - 2);
        Tensor logDenominators = suffixLogSums.gather(1, groupStart);

        Tensor loss = (logDenominators - sortedLogits).mean() + y.sum() * 0;
        return loss.MoveToOuterDisposeScope();
    }
}

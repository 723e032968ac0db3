using SocioRunner.Models.TorchSafety;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Losses;

/// <summary>
/// Rank-N-Contrast loss (Zha et al., 2023) exactly as defined in docs/models.md ("Rank-N-Contrast loss"): for anchor <c>i</c> and positive
/// <c>j != i</c> among the 2N views, <c>-log(exp(s_ij/t) / sum_{k != i, d_ik &gt;= d_ij} exp(s_ik/t))</c>, with
/// <c>s</c> the negative feature distance and <c>d</c> the label distance, averaged over all 2N(2N-1) pairs.
/// </summary>
/// <remarks>
/// The direct formulation loops over positives (O(N^3)). Here each anchor's label distances are sorted once;
/// the denominator of positive <c>j</c> is then a suffix sum of the sorted exp-logits starting at the first
/// element of <c>j</c>'s tie group (<c>searchsorted</c> with <c>right = false</c>), so ties share one
/// denominator and count as negatives, as the <c>&gt;=</c> rule requires. Suffix sums of max-shifted exp-logits are
/// accumulated in float64 (falling back to log-space <c>logcumsumexp</c> if they would underflow), so far-apart
/// features or small temperatures stay finite. Cost O(N^2 log N) plus one distance matrix; autograd flows
/// through gather/cumulative ops, so value and gradient equal the loop's.
/// </remarks>
public static class RankNContrastLoss
{
    // Constants held for the process (docs/scalar-safety.md); values and types as before (doubles).
    static readonly Scalar SelfLabelDistance = (-1.0).ToScalar();
    static readonly Scalar MatmulFactor = 2.0.ToScalar();
    static readonly Scalar MinSquaredDistance = 1e-12.ToScalar();

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
        // Held Scalars (docs/scalar-safety.md): a temporary one could be freed by a finalizer while libtorch reads it.
        using var temperatureScalar = temperature.ToScalar();
        long n = features.shape[0];
        long views = 2 * n;
        if (views < 2) throw new ArgumentException("need at least one image (two views)", nameof(features));

        // Views ordered [all first views; all second views], labels repeated the same way (as the original code).
        Tensor flat = cat([features.select(1, 0), features.select(1, 1)], 0);
        Tensor y = labels.reshape(n, -1).to(flat.dtype);
        y = cat([y, y], 0);

        Tensor logits = PairwiseDistances(flat, featureDistance).neg().div(temperatureScalar);
        Tensor labelDiffs = cdist(y, y, p: labelDistance == DistanceKind.L2 ? 2.0 : 1.0);

        // k != i: give the anchor itself label distance -1 so it sorts first in its row, then drop that column.
        // (Cheaper than extracting the off-diagonal with masked_select, whose backward is slow at 512 views.)
        Tensor self = eye(views, dtype: ScalarType.Bool, device: flat.device);
        Tensor rowLabels = labelDiffs.masked_fill(self, SelfLabelDistance);

        // Sort each anchor's label distances ascending; the denominator set of position p is every position >= the
        // start of p's tie group.
        var (allSorted, allOrder) = rowLabels.sort(dim: 1);
        Tensor sortedLabels = allSorted[.., 1..].contiguous();
        Tensor order = allOrder[.., 1..];
        Tensor sortedLogits = logits.gather(1, order);
        Tensor suffixLogSums = SuffixLogSumExp(sortedLogits);
        // NaN labels sort last and would index past the end: clamp, and let NaN propagate into the loss below.
        using var lastIndex = (views - 2).ToScalar();
        Tensor groupStart = searchsorted(sortedLabels, sortedLabels, right: false).clamp_max(lastIndex);
        Tensor logDenominators = suffixLogSums.gather(1, groupStart);

        Tensor loss = (logDenominators - sortedLogits).mean().add(y.sum().mul(ScalarConstants.Zero), ScalarConstants.One);
        return loss.MoveToOuterDisposeScope();
    }

    /// <summary>
    /// <c>log(sum_{k &gt;= p} exp(x_k))</c> for every position of every row. Fast path: subtract each row's maximum and
    /// accumulate <c>exp</c> in float64 (cumulative sums have a cheap backward pass; logcumsumexp's is ~10x slower here).
    /// Rows shorter than 128 use logcumsumexp directly. The fast path underflows only when a row's logits span more than ~700; then (or for NaN) the exact log-space
    /// <c>logcumsumexp</c> is used instead.
    /// </summary>
    static Tensor SuffixLogSumExp(Tensor x)
    {
        // Small rows: logcumsumexp is cheap there, and skipping the fast path saves a device sync and a few ops.
        if (x.shape[1] < 128) return x.flip(1).logcumsumexp(1).flip(1);
        Tensor rowMax = x.detach().max(1, keepdim: true).values;
        Tensor sums = (x - rowMax).to(ScalarType.Float64).exp().flip(1).cumsum(1).flip(1);
        if (sums.min().item<double>() > 0) return sums.log().to(x.dtype).add(rowMax, ScalarConstants.One);
        return x.flip(1).logcumsumexp(1).flip(1);
    }

    /// <summary>
    /// Pairwise distances. L2 uses the matrix-product form (|a|^2 + |b|^2 - 2ab, as <c>torch.cdist</c> does in its
    /// forward pass for large inputs) so the backward pass is two matrix products instead of cdist's elementwise
    /// kernel; squared distances are clamped at 1e-12 so coincident points get a zero gradient, as with cdist.
    /// </summary>
    static Tensor PairwiseDistances(Tensor x, DistanceKind kind)
    {
        if (kind == DistanceKind.L1) return cdist(x, x, p: 1.0);
        Tensor squaredNorms = x.pow(ScalarConstants.Two).sum(1, keepdim: true);
        Tensor squared = squaredNorms.add(squaredNorms.t(), ScalarConstants.One) - x.matmul(x.t()).mul(MatmulFactor);
        return squared.clamp_min(MinSquaredDistance).sqrt();
    }
}

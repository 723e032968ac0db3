namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// The attractive half of the approximate t-SNE gradients (Barnes–Hut, FFT): Σ_j p_ij q_ij (y_i - y_j) over the
/// sparse P, combined with an already computed unnormalised repulsion Σ_j q_ij² (y_i - y_j) and its normaliser Z.
/// </summary>
internal static class SparseAttraction
{
    private const double Tiny = 1.1754943508222875e-38; // float32 tiny, the clamp scikit-learn's KL uses

    /// <summary>Writes the gradient of points start..end-1; returns this range's share of KL(P || Q).</summary>
    public static double Combine(
        JointAffinities affinities, double[] positions, double[] gradient, double[] repulsion, double normalizer,
        double exaggeration, bool computeError, int start, int end)
    {
        var rowStart = affinities.RowStart;
        var columns = affinities.Columns;
        var values = affinities.Values;
        var error = 0.0;
        for (var i = start; i < end; i++)
        {
            double x = positions[2 * i], y = positions[2 * i + 1];
            double forceX = 0, forceY = 0;
            for (var e = rowStart[i]; e < rowStart[i + 1]; e++)
            {
                var j = columns[e];
                var dx = x - positions[2 * j];
                var dy = y - positions[2 * j + 1];
                var q = 1 / (1 + dx * dx + dy * dy);
                var p = values[e] * exaggeration;
                forceX += p * q * dx;
                forceY += p * q * dy;
                if (computeError)
                {
                    error += p * Math.Log(Math.Max(p, Tiny) / Math.Max(q / normalizer, Tiny));
                }
            }

            // dKL/dy = 4 (Σ p q (yi - yj) - Σ q² (yi - yj) / Z) for one degree of freedom.
            gradient[2 * i] = 4 * (forceX - repulsion[2 * i] / normalizer);
            gradient[2 * i + 1] = 4 * (forceY - repulsion[2 * i + 1] / normalizer);
        }

        return error;
    }
}

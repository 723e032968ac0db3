namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// Lagrange basis polynomials on p equispaced nodes t_a = (a + ½) / p of the unit interval: w_a(u) = Π_{b≠a} (u - t_b) / (t_a - t_b).
/// Interpolating a smooth kernel with them errs by O(h^p · max|f^(p)|), so three nodes already give errors around 1e-3.
/// </summary>
internal sealed class LagrangeWeights
{
    private readonly double[] _nodes;
    private readonly double[] _inverseDenominators;

    public LagrangeWeights(int nodeCount)
    {
        _nodes = new double[nodeCount];
        _inverseDenominators = new double[nodeCount];
        for (var a = 0; a < nodeCount; a++)
        {
            _nodes[a] = (a + 0.5) / nodeCount;
        }

        for (var a = 0; a < nodeCount; a++)
        {
            var denominator = 1.0;
            for (var b = 0; b < nodeCount; b++)
            {
                if (b != a)
                {
                    denominator *= _nodes[a] - _nodes[b];
                }
            }

            _inverseDenominators[a] = 1 / denominator;
        }
    }

    public int Count => _nodes.Length;

    /// <summary>Writes w_0(u)..w_{p-1}(u) into <paramref name="weights"/>; they sum to 1.</summary>
    public void Evaluate(double u, Span<double> weights)
    {
        for (var a = 0; a < _nodes.Length; a++)
        {
            var product = _inverseDenominators[a];
            for (var b = 0; b < _nodes.Length; b++)
            {
                if (b != a)
                {
                    product *= u - _nodes[b];
                }
            }

            weights[a] = product;
        }
    }
}

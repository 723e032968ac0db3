using SocioRunner.Explain.Tsne.Embedding.Internal;

namespace SocioRunner.Explain.Tests.Tsne.Embedding;

/// <summary>The pruned FFT convolution against the direct sum φ(g) = Σ_g' (1 + h²|g - g'|²)^-2 c(g') over the grid.</summary>
public sealed class KernelConvolutionTests
{
    private static double[] Direct(double[] charges, int planes, int nodes, double spacing)
    {
        var potentials = new double[charges.Length];
        for (var t = 0; t < planes; t++)
        {
            for (var gx = 0; gx < nodes; gx++)
            {
                for (var gy = 0; gy < nodes; gy++)
                {
                    var sum = 0.0;
                    for (var hx = 0; hx < nodes; hx++)
                    {
                        for (var hy = 0; hy < nodes; hy++)
                        {
                            var dx = (gx - hx) * spacing;
                            var dy = (gy - hy) * spacing;
                            var q = 1 / (1 + dx * dx + dy * dy);
                            sum += q * q * charges[(t * nodes + hx) * nodes + hy];
                        }
                    }

                    potentials[(t * nodes + gx) * nodes + gy] = sum;
                }
            }
        }

        return potentials;
    }

    [Theory]
    [InlineData(9, 0.7)]   // padded 18 = 2·3²
    [InlineData(15, 0.25)] // padded 30 = 2·3·5
    [InlineData(21, 1.5)]  // padded 42 = 2·3·7: the generic radix
    [InlineData(40, 0.1)]  // wider than one SIMD-aligned column block
    public void Matches_the_direct_sum_over_all_node_pairs(int nodes, double spacing)
    {
        const int planes = 4;
        var random = new Random(nodes);
        var charges = new double[planes * nodes * nodes];
        for (var i = 0; i < charges.Length; i++)
        {
            charges[i] = random.NextDouble() * (i % 3 == 0 ? -1 : 1);
        }

        var expected = Direct(charges, planes, nodes, spacing);
        var convolved = (double[])charges.Clone();

        new KernelConvolution().Convolve(convolved, planes, nodes, spacing);

        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], convolved[i], 1e-10);
        }
    }

    [Fact]
    public void Reuses_its_buffers_across_calls_and_grid_sizes()
    {
        var convolution = new KernelConvolution();
        foreach (var (nodes, spacing) in new[] { (12, 0.5), (6, 2.0), (12, 0.3) })
        {
            var charges = new double[2 * nodes * nodes];
            charges[nodes + 1] = 1;
            charges[nodes * nodes + 3] = 2;
            var expected = Direct(charges, 2, nodes, spacing);

            convolution.Convolve(charges, 2, nodes, spacing);

            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i], charges[i], 1e-12);
            }
        }
    }
}

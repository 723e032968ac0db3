using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// Multiplies the Toeplitz matrix of the squared Cauchy kernel 1 / (1 + |Δ|²)² between all pairs of grid nodes with
/// several charge planes at once, by embedding it in a circulant matrix of twice the size and convolving with
/// LibTorch's FFT (pocketfft, multithreaded, double precision). Planes use a padded S x S layout, S = 2 x nodes:
/// node (gx, gy) of plane t lives at t·S² + gx·S + gy; only the first nodes x nodes corner carries data.
/// No number crosses into TorchSharp as a Scalar, so the GC cannot free one mid-call (see PLATFORM.md).
/// </summary>
internal sealed class KernelConvolution
{
    /// <summary>Side of the padded planes for a grid of <paramref name="nodes"/> nodes per dimension.</summary>
    public static int PaddedSide(int nodes) => 2 * nodes;

    /// <param name="planes">Charges, planeCount x S x S, zero outside the nodes x nodes corner; overwritten with the potentials.</param>
    public static void Convolve(double[] planes, int planeCount, int nodes, double spacing)
    {
        var side = PaddedSide(nodes);
        var kernel = CirculantKernel(nodes, spacing);
        using var scope = NewDisposeScope();
        var kernelSpectrum = fft.rfft2(tensor(kernel, [side, side], ScalarType.Float64));
        var chargeSpectrum = fft.rfft2(tensor(planes, [planeCount, side, side], ScalarType.Float64));
        var potentials = fft.irfft2(chargeSpectrum.mul_(kernelSpectrum), s: [side, side]).contiguous();
        // One block copy; the element accessor (data<T>().CopyTo) is several times slower at these sizes.
        MemoryMarshal.Cast<byte, double>(potentials.bytes).CopyTo(planes);
    }

    /// <summary>First row of the circulant embedding: kernel at node offsets 0..nodes-1, then the negative offsets wrapped.</summary>
    private static double[] CirculantKernel(int nodes, double spacing)
    {
        var side = PaddedSide(nodes);
        var values = new double[side * side];
        var offsets = new double[side];
        for (var u = 0; u < side; u++)
        {
            // Offset side/2 = nodes never pairs two grid nodes; any value works there, 0 keeps it inert.
            offsets[u] = u < nodes ? u * spacing : u > nodes ? (u - side) * spacing : double.NaN;
        }

        Parallel.For(0, side, u =>
        {
            for (var v = 0; v < side; v++)
            {
                var squared = offsets[u] * offsets[u] + offsets[v] * offsets[v];
                var kernel = 1 / (1 + squared);
                values[u * side + v] = double.IsNaN(squared) ? 0 : kernel * kernel;
            }
        });
        return values;
    }
}

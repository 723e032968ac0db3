using System.Diagnostics;
using System.Runtime.InteropServices;
using SocioRunner.Explain.Tsne.Embedding.Internal;
using static TorchSharp.torch;

namespace SocioRunner.Benchmarks.Tsne;

/// <summary>
/// <c>tsne-fft-profile &lt;nodes&gt;...</c>: CPU and wall time of the FFT convolution of four planes on a grid of that
/// many nodes per dimension (B·p), the managed pruned transform the FFT objective uses against the LibTorch rfft2 /
/// irfft2 it replaced (kept here as the reference), and their largest difference. CPU time, not only wall time,
/// because the machine is shared.
/// </summary>
public static class FftProfile
{
    private const int Repeats = 20;

    public static void Run(string[] args)
    {
        foreach (var argument in args)
        {
            var nodes = int.Parse(argument, System.Globalization.CultureInfo.InvariantCulture);
            var random = new Random(0);
            var planes = new double[4 * nodes * nodes];
            for (var i = 0; i < planes.Length; i++)
            {
                planes[i] = random.NextDouble();
            }

            var managed = (double[])planes.Clone();
            var convolution = new KernelConvolution();
            convolution.Convolve(managed, 4, nodes, 0.3);
            var reference = (double[])planes.Clone();
            LibTorchConvolve(reference, nodes, 0.3);
            var difference = 0.0;
            var largest = 0.0;
            for (var i = 0; i < planes.Length; i++)
            {
                difference = Math.Max(difference, Math.Abs(managed[i] - reference[i]));
                largest = Math.Max(largest, Math.Abs(reference[i]));
            }

            var side = 2 * nodes;
            Console.WriteLine(FormattableString.Invariant(
                $"{nodes} nodes per dimension (padded {side}), 4 planes; managed vs LibTorch max |difference| {difference:E2} (values up to {largest:F1})"));
            var work = (double[])planes.Clone();
            Measure("managed pruned FFT", () => { planes.CopyTo(work, 0); convolution.Convolve(work, 4, nodes, 0.3); });
            Measure("LibTorch rfft2/irfft2", () => { planes.CopyTo(work, 0); LibTorchConvolve(work, nodes, 0.3); });
        }
    }

    private static void Measure(string name, Action action)
    {
        action();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var fastest = double.MaxValue;
        for (var r = 0; r < Repeats; r++)
        {
            var call = Stopwatch.StartNew();
            action();
            fastest = Math.Min(fastest, call.Elapsed.TotalMilliseconds);
        }

        process.Refresh();
        Console.WriteLine(FormattableString.Invariant(
            $"  {name}: {(process.TotalProcessorTime - cpu).TotalMilliseconds / Repeats:F1} ms CPU, {wall.Elapsed.TotalMilliseconds / Repeats:F1} ms wall per call (fastest {fastest:F1} ms)"));
    }

    /// <summary>The previous implementation: padded planes through LibTorch's double-precision rfft2 / irfft2.</summary>
    private static void LibTorchConvolve(double[] planes, int nodes, double spacing)
    {
        var side = 2 * nodes;
        var padded = new double[4 * side * side];
        var kernel = new double[side * side];
        for (var t = 0; t < 4; t++)
        {
            for (var gx = 0; gx < nodes; gx++)
            {
                Array.Copy(planes, (t * nodes + gx) * nodes, padded, (t * side + gx) * side, nodes);
            }
        }

        for (var u = 0; u < side; u++)
        {
            for (var v = 0; v < side; v++)
            {
                var du = (u < nodes ? u : u - side) * spacing;
                var dv = (v < nodes ? v : v - side) * spacing;
                var q = 1 / (1 + du * du + dv * dv);
                kernel[u * side + v] = u == nodes || v == nodes ? 0 : q * q;
            }
        }

        using var scope = NewDisposeScope();
        var kernelSpectrum = fft.rfft2(tensor(kernel, [side, side], ScalarType.Float64));
        var chargeSpectrum = fft.rfft2(tensor(padded, [4, side, side], ScalarType.Float64));
        var potentials = fft.irfft2(chargeSpectrum.mul_(kernelSpectrum), s: [side, side]).contiguous();
        MemoryMarshal.Cast<byte, double>(potentials.bytes).CopyTo(padded);
        for (var t = 0; t < 4; t++)
        {
            for (var gx = 0; gx < nodes; gx++)
            {
                Array.Copy(padded, (t * side + gx) * side, planes, (t * nodes + gx) * nodes, nodes);
            }
        }
    }
}

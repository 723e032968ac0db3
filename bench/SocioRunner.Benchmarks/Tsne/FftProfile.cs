using System.Diagnostics;
using SocioRunner.Explain.Tsne.Embedding.Internal;

namespace SocioRunner.Benchmarks.Tsne;

/// <summary>
/// <c>tsne-fft-profile &lt;nodes&gt;</c>: CPU time of the FFT convolution alone on a grid of that many nodes per dimension
/// (B·p), so a profile can separate it from the point-wise interpolation work. CPU time, not wall time, because the
/// machine is shared.
/// </summary>
public static class FftProfile
{
    private static void Stage(string name, Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        for (var r = 0; r < 10; r++)
        {
            action();
        }

        process.Refresh();
        Console.WriteLine(FormattableString.Invariant($"  {name}: {(process.TotalProcessorTime - cpu).TotalMilliseconds / 10:F1} ms CPU"));
    }

    public static void Run(string[] args)
    {
        var nodes = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        var side = KernelConvolution.PaddedSide(nodes);
        var planes = new double[4 * side * side];
        var random = new Random(0);
        for (var gx = 0; gx < nodes; gx++)
        {
            for (var gy = 0; gy < nodes; gy++)
            {
                planes[gx * side + gy] = random.NextDouble();
            }
        }

        KernelConvolution.Convolve(planes, 4, nodes, 0.3);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        const int repeats = 20;
        for (var r = 0; r < repeats; r++)
        {
            KernelConvolution.Convolve(planes, 4, nodes, 0.3);
        }

        process.Refresh();
        Stage("tensor from array", () => { using var t = TorchSharp.torch.tensor(planes, [4, side, side], TorchSharp.torch.ScalarType.Float64); });
        using var input = TorchSharp.torch.tensor(planes, [4, side, side], TorchSharp.torch.ScalarType.Float64);
        Stage("rfft2", () => { using var t = TorchSharp.torch.fft.rfft2(input); });
        using var spectrum = TorchSharp.torch.fft.rfft2(input);
        using var kernelSpectrum = TorchSharp.torch.fft.rfft2(input[0]);
        Stage("mul", () => { using var t = spectrum.mul(kernelSpectrum); });
        Stage("irfft2", () => { using var t = TorchSharp.torch.fft.irfft2(spectrum, s: [side, side]); });
        Stage("contiguous", () => { using var t = TorchSharp.torch.fft.irfft2(spectrum, s: [side, side]); using var c = t.contiguous(); });
        Stage("copy out (data.CopyTo)", () => input.data<double>().CopyTo(planes));
        Stage("copy out (bytes)", () => System.Runtime.InteropServices.MemoryMarshal.Cast<byte, double>(input.bytes).CopyTo(planes));
        Console.WriteLine(FormattableString.Invariant(
            $"convolution of 4 planes, {nodes} nodes per dimension (padded {side}): {(process.TotalProcessorTime - cpu).TotalMilliseconds / repeats:F1} ms CPU, {wall.Elapsed.TotalMilliseconds / repeats:F1} ms wall per call"));
    }
}

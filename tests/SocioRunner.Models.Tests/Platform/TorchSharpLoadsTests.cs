using SocioRunner.Models.TorchSafety;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Tests.Platform;

// Smoke tests proving the native TorchSharp backend (libLibTorchSharp.so + libtorch) loads and
// computes correctly on this machine. On Debian 12 this only passes because the build patches the
// output copy of libLibTorchSharp.so (see build/TorchSharpNativePatch.targets).
public class TorchSharpLoadsTests
{
    [Fact]
    public void Tensors_are_created_with_expected_values()
    {
        using var six = 6.ToScalar();
        using var t = torch.arange(ScalarConstants.Zero, six, ScalarConstants.One, dtype: ScalarType.Float32).reshape(2, 3);
        Assert.Equal(new long[] { 2, 3 }, t.shape);
        Assert.Equal(new float[] { 0, 1, 2, 3, 4, 5 }, t.data<float>().ToArray());
        Assert.Equal(15f, t.sum().item<float>());
    }

    [Fact]
    public void Matmul_and_backward_give_known_gradients()
    {
        using var a = torch.tensor(new float[] { 1, 2, 3, 4 }, new long[] { 2, 2 }, requires_grad: true);
        using var b = torch.tensor(new float[] { 5, 6, 7, 8 }, new long[] { 2, 2 }, requires_grad: true);
        using var c = torch.matmul(a, b);
        Assert.Equal(new float[] { 19, 22, 43, 50 }, c.data<float>().ToArray());

        using var loss = c.sum();
        loss.backward();
        // d(sum(A@B))/dA = 1 @ B^T (row sums of B); d/dB = A^T @ 1 (column sums of A).
        Assert.Equal(new float[] { 11, 15, 11, 15 }, a.grad!.data<float>().ToArray());
        Assert.Equal(new float[] { 4, 4, 6, 6 }, b.grad!.data<float>().ToArray());
    }

    [Fact]
    public void Conv2d_forward_gives_known_output()
    {
        // 3x3 input 1..9, 2x2 all-ones kernel, no padding: each output is the sum of a 2x2 window.
        using var ten = 10.ToScalar();
        using var input = torch.arange(ScalarConstants.One, ten, ScalarConstants.One, dtype: ScalarType.Float32).reshape(1, 1, 3, 3);
        using var weight = torch.ones(1, 1, 2, 2);
        using var output = torch.nn.functional.conv2d(input, weight);
        Assert.Equal(new long[] { 1, 1, 2, 2 }, output.shape);
        Assert.Equal(new float[] { 12, 16, 24, 28 }, output.data<float>().ToArray());
    }
}

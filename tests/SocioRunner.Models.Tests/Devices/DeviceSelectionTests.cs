using SocioRunner.Core.Errors;
using SocioRunner.Models.Devices;
using TorchSharp;

namespace SocioRunner.Models.Tests.Devices;

public class DeviceSelectionTests
{
    [Fact]
    public void Cpu_resolves_to_cpu() => Assert.Equal(DeviceType.CPU, DeviceSelection.Resolve("cpu").type);

    [SkippableFact]
    public void Auto_resolves_to_cpu_without_a_gpu()
    {
        Skip.If(torch.cuda.is_available(), "a CUDA device is present: auto picks it, so the no-GPU fallback cannot be observed here");
        Assert.Equal("cpu", new TorchDeviceResolver().Resolve("auto"));
    }

    [SkippableFact]
    public void Auto_and_cuda_resolve_to_the_gpu_when_there_is_one()
    {
        Skip.IfNot(torch.cuda.is_available(), "no CUDA device on this machine (the CPU TorchSharp backend sees none)");
        Assert.Equal("cuda", new TorchDeviceResolver().Resolve("auto"));
        Assert.Equal(DeviceType.CUDA, DeviceSelection.Resolve("cuda").type);
    }

    [SkippableFact]
    public void Cuda_without_a_gpu_is_invalid_input()
    {
        Skip.If(torch.cuda.is_available(), "a CUDA device is present: cuda is valid here");
        var error = Assert.Throws<InvalidInputException>(() => DeviceSelection.Resolve("cuda"));
        Assert.Contains("cuda", error.Message);
    }
}

using SocioRunner.Core.Errors;
using SocioRunner.Models.Devices;
using TorchSharp;

namespace SocioRunner.Models.Tests.Devices;

public class DeviceSelectionTests
{
    [Fact]
    public void Auto_and_cpu_resolve_to_cpu_without_a_gpu()
    {
        Assert.Equal(DeviceType.CPU, DeviceSelection.Resolve("cpu").type);
        if (!torch.cuda.is_available()) Assert.Equal("cpu", new TorchDeviceResolver().Resolve("auto"));
    }

    [Fact]
    public void Cuda_without_a_gpu_is_invalid_input()
    {
        if (torch.cuda.is_available()) return;
        var error = Assert.Throws<InvalidInputException>(() => DeviceSelection.Resolve("cuda"));
        Assert.Contains("cuda", error.Message);
    }
}

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

    [Fact]
    public void The_build_records_the_backend_it_was_compiled_against()
    {
        // Built with the default -p:TorchBackend=cpu unless the build said otherwise; the CPU backend can never see a GPU,
        // which is what lets Name answer without loading LibTorch.
        var recorded = typeof(DeviceSelection).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "TorchBackend");
        Assert.Equal(recorded.Value, DeviceSelection.Backend);
        Assert.Contains(DeviceSelection.Backend, new[] { "cpu", "cuda" });
        if (!DeviceSelection.BuildSupportsCuda) Assert.False(torch.cuda.is_available());
    }

    [Theory]
    [InlineData("cpu")]
    [InlineData("auto")]
    public void The_name_for_cache_keys_agrees_with_the_device_nodes_run_on(string setting)
    {
        string expected = DeviceSelection.Resolve(setting).type == DeviceType.CUDA ? "cuda" : "cpu";
        Assert.Equal(expected, DeviceSelection.Name(setting));
    }

    [Fact]
    public void An_unknown_device_is_invalid_input_for_both_resolvers()
    {
        Assert.Contains("gpu0", Assert.Throws<InvalidInputException>(() => DeviceSelection.Name("gpu0")).Message);
        Assert.Contains("gpu0", Assert.Throws<InvalidInputException>(() => DeviceSelection.Resolve("gpu0")).Message);
    }

    [SkippableFact]
    public void Cuda_without_a_gpu_is_invalid_input_for_cache_keys_too()
    {
        Skip.If(torch.cuda.is_available(), "a CUDA device is present: cuda is valid here");
        Assert.Contains("cuda", Assert.Throws<InvalidInputException>(() => DeviceSelection.Name("cuda")).Message);
    }

    [SkippableFact]
    public void Cuda_without_a_gpu_is_invalid_input()
    {
        Skip.If(torch.cuda.is_available(), "a CUDA device is present: cuda is valid here");
        var error = Assert.Throws<InvalidInputException>(() => DeviceSelection.Resolve("cuda"));
        Assert.Contains("cuda", error.Message);
    }
}

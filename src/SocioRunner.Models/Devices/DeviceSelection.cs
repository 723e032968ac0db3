using System.Reflection;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Devices;

/// <summary>Turns the experiment's <c>device</c> setting (<c>auto</c>, <c>cpu</c>, <c>cuda</c>) into a TorchSharp device.</summary>
public static class DeviceSelection
{
    /// <summary>
    /// The TorchSharp backend this build references (<c>cpu</c> or <c>cuda</c>, the <c>TorchBackend</c> build property,
    /// recorded in the assembly). The CPU backend ships no CUDA libraries, so it can never see a GPU.
    /// </summary>
    public static string Backend { get; } =
        typeof(DeviceSelection).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "TorchBackend")?.Value ?? "cpu";

    /// <summary>True when this build could see a CUDA device at all (the CUDA backend); the GPU may still be absent.</summary>
    public static bool BuildSupportsCuda => Backend == "cuda";

    public static Device Resolve(string setting) => setting switch
    {
        "auto" => CudaAvailable() ? CUDA : CPU,
        "cpu" => CPU,
        "cuda" => CudaAvailable()
            ? CUDA
            : throw ModelErrors.NoCuda(),
        _ => throw ModelErrors.UnknownDevice(setting),
    };

    /// <summary>
    /// The name recorded in cache keys and manifests. Answered without loading LibTorch when the answer does not depend
    /// on the machine (<c>cpu</c>, or any setting with the CPU backend): loading and initialising LibTorch's ~1 GB of
    /// natives costs ~0.3-0.5 s, which a fully cached re-run never needs otherwise.
    /// </summary>
    public static string Name(string setting) => setting switch
    {
        "cpu" => "cpu",
        "auto" when !BuildSupportsCuda => "cpu",
        "cuda" when !BuildSupportsCuda => throw ModelErrors.NoCuda(),
        _ => Resolve(setting).type == DeviceType.CUDA ? "cuda" : "cpu",
    };

    static bool CudaAvailable() => BuildSupportsCuda && cuda.is_available();
}

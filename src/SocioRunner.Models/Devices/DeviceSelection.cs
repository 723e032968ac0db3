using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Devices;

/// <summary>Turns the experiment's <c>device</c> setting (<c>auto</c>, <c>cpu</c>, <c>cuda</c>) into a TorchSharp device.</summary>
public static class DeviceSelection
{
    public static Device Resolve(string setting) => setting switch
    {
        "auto" => cuda.is_available() ? CUDA : CPU,
        "cpu" => CPU,
        "cuda" => cuda.is_available()
            ? CUDA
            : throw ModelErrors.NoCuda(),
        _ => throw ModelErrors.UnknownDevice(setting),
    };

    /// <summary>The name recorded in cache keys and manifests.</summary>
    public static string Name(string setting) => Resolve(setting).type == DeviceType.CUDA ? "cuda" : "cpu";
}

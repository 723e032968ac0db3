using SocioRunner.Core.Execution;

namespace SocioRunner.Models.Devices;

/// <summary>Resolves <c>auto</c> to <c>cuda</c> or <c>cpu</c> for cache keys, using TorchSharp's view of the machine.</summary>
public sealed class TorchDeviceResolver : IDeviceResolver
{
    public string Resolve(string setting) => DeviceSelection.Name(setting);
}

using SocioRunner.Core.Nodes;
using SocioRunner.Models.Devices;
using TorchSharp;

namespace SocioRunner.Models.Internal;

/// <summary>Per-node TorchSharp setup: thread count, seeding from the node's seed, device resolution.</summary>
internal static class TorchRuntime
{
    public static torch.Device Prepare(NodeContext context)
    {
        var device = DeviceSelection.Resolve(context.Device);
        torch.set_num_threads(context.Threads);
        torch.random.manual_seed(context.Seed);
        if (device.type == DeviceType.CUDA) torch.cuda.manual_seed_all(context.Seed);
        return device;
    }
}

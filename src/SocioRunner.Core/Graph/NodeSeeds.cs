using System.Security.Cryptography;
using System.Text;

namespace SocioRunner.Core.Graph;

/// <summary>One experiment seed derives every node's seed, so nodes are independent yet reproducible.</summary>
public static class NodeSeeds
{
    public static int Derive(int experimentSeed, string nodeId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{experimentSeed}/{nodeId}"));
        return BitConverter.ToInt32(hash, 0) & int.MaxValue;
    }
}

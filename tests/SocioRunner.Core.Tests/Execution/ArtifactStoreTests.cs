using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Tests.TestKinds;

namespace SocioRunner.Core.Tests.Execution;

public sealed class ArtifactStoreTests : IDisposable
{
    readonly Fixture fixture = new();

    [Fact]
    public async Task Verify_detects_a_flipped_byte()
    {
        var result = await fixture.Run("name: v\nnodes:\n  a: { kind: test/number, value: 42 }\n");
        var store = new ArtifactStore(fixture.Cache);
        string key = result.Artifacts["a"].Key;
        Assert.Empty(store.Verify(key));
        string file = result.Artifacts["a"].File("value.txt");
        var bytes = File.ReadAllBytes(file);
        bytes[0] ^= 0x01;
        File.WriteAllBytes(file, bytes);
        Assert.Contains(store.Verify(key), p => p.Contains("checksum mismatch"));
    }

    public void Dispose() => fixture.Dispose();
}

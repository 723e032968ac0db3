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

    [Fact]
    public async Task Latest_records_name_the_last_output_of_a_plan_and_are_forgotten_once_it_is_collected()
    {
        var kept = await fixture.Run("name: v\nnodes:\n  a: { kind: test/number, value: 42 }\n");
        var gone = await fixture.Run("name: v\nnodes:\n  a: { kind: test/number, value: 43 }\n");
        var store = new ArtifactStore(fixture.Cache);
        string keptKey = kept.Artifacts["a"].Key, goneKey = gone.Artifacts["a"].Key;
        store.RecordLatest(new string('1', 64), keptKey);
        store.RecordLatest(new string('2', 64), goneKey);
        store.RecordLatest(new string('3', 64), "not a key");
        Assert.Equal(keptKey, store.LatestOf(new string('1', 64)));
        Assert.Null(store.LatestOf(new string('3', 64))); // a damaged record is no hint
        Assert.Null(store.LatestOf(new string('4', 64)));

        store.Delete(goneKey);

        Assert.Equal(2, store.ForgetCollectedLatest());
        Assert.Equal(keptKey, store.LatestOf(new string('1', 64)));
        Assert.Null(store.LatestOf(new string('2', 64)));
        Assert.Single(Directory.GetFiles(Path.Combine(fixture.Cache, "latest")));
    }

    public void Dispose() => fixture.Dispose();
}

using SocioRunner.Core.Execution;
using SocioRunner.Core.Tests.TestKinds;

namespace SocioRunner.Core.Tests.Execution;

/// <summary>
/// The cache key recipe, pinned. Every cached artifact of every user is addressed by these hashes, so an accidental
/// change (a renamed field, another JSON formatting, a different seed derivation) silently invalidates all caches.
/// The expected values were computed outside .NET (Python's hashlib.sha256 over the canonical JSON written out
/// below), so they do not come from the code under test.
/// They may legitimately change only when the recipe is changed on purpose (CacheKey, OptionsJson, NodeSeeds): then
/// say so in docs/artifacts.md and the changelog, because every existing cache entry stops matching.
/// </summary>
public sealed class CacheKeyTests : IDisposable
{
    readonly Fixture fixture = new();

    const string Experiment = """
        name: pinned
        seed: 7
        nodes:
          a: { kind: test/number, value: 5, tags: [x] }
          b: { kind: test/sum, mode: double, inputs: { terms: [a] } }
        """;

    // sha256 of {"kind":"test/number","kind_version":1,"options":{"value":5,"fail":false,"mode":"plus-one","tags":["x"],"delay_milliseconds":0},
    //            "inputs":{},"seed":834477672,"device":"cpu","external":null}   (one line, no spaces)
    // where 834477672 = first 4 bytes of sha256("7/a") as little-endian int32, & 0x7fffffff.
    const string KeyOfA = "3558ec7ffc25784932153ffb973fb24c5fd3e0f1d936911c7ef81e3b4575bf93";

    // sha256 of {"kind":"test/sum","kind_version":1,"options":{"value":1,"fail":false,"mode":"double","tags":[],"delay_milliseconds":0},
    //            "inputs":{"terms":["<KeyOfA>"]},"seed":192811064,"device":"cpu","external":null}
    const string KeyOfB = "aa99bbcaac5efe786500df33a69e515134c9827c3007f1540d1356f9d470e737";

    [Fact]
    public void Keys_of_a_fixed_config_are_the_pinned_hashes()
    {
        var keys = CacheKey.ComputeAll(fixture.Plan(Experiment), "cpu");

        Assert.Equal(KeyOfA, keys["a"]);
        Assert.Equal(KeyOfB, keys["b"]);
    }

    [Theory]
    [InlineData("nodes.a.value=6", true, true)]     // an option changes the node and, through its key, everything downstream
    [InlineData("nodes.b.mode=plus-one", false, true)]
    [InlineData("seed=8", true, true)]              // node seeds derive from the experiment seed
    public void A_changed_input_changes_exactly_the_affected_keys(string change, bool aChanges, bool bChanges)
    {
        var keys = CacheKey.ComputeAll(fixture.Plan(Experiment, [change]), "cpu");

        Assert.Equal(aChanges, keys["a"] != KeyOfA);
        Assert.Equal(bChanges, keys["b"] != KeyOfB);
    }

    [Fact]
    public void The_device_is_part_of_the_key() =>
        Assert.NotEqual(KeyOfA, CacheKey.ComputeAll(fixture.Plan(Experiment), "cuda")["a"]);

    public void Dispose() => fixture.Dispose();
}

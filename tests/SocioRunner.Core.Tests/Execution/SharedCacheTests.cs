using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Tests.TestKinds;

namespace SocioRunner.Core.Tests.Execution;

/// <summary>Several runs on one cache at the same time: each shared node is computed once, the others wait and reuse it.</summary>
public sealed class SharedCacheTests : IDisposable
{
    readonly Fixture fixture = new();

    [Fact]
    public async Task Two_concurrent_runs_of_one_experiment_compute_each_node_once_and_both_succeed()
    {
        var plan = fixture.Plan("name: s\nnodes:\n  a: { kind: test/number, value: 5, delay_milliseconds: 1500 }\n  b: { kind: test/sum, inputs: { terms: a } }\n");

        var results = await Task.WhenAll(fixture.Run(plan), fixture.Run(plan));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Message));
        Assert.Equal(1, fixture.Ledger.Runs("a"));
        Assert.Equal(1, fixture.Ledger.Runs("b"));
        var outcomes = results.Select(r => r.Run.Nodes.Single(n => n.NodeId == "a").Outcome).Order().ToList();
        Assert.Equal([NodeOutcome.Cached, NodeOutcome.Ran], outcomes);
        Assert.Equal(results[0].Artifacts["b"].Key, results[1].Artifacts["b"].Key);
    }

    [Fact]
    public async Task Runs_that_differ_downstream_share_the_upstream_node()
    {
        var one = fixture.Plan("name: s\nnodes:\n  a: { kind: test/number, value: 5, delay_milliseconds: 1000 }\n  b: { kind: test/sum, inputs: { terms: a }, mode: double }\n");
        var two = fixture.Plan("name: s\nnodes:\n  a: { kind: test/number, value: 5, delay_milliseconds: 1000 }\n  b: { kind: test/sum, inputs: { terms: a } }\n");

        var results = await Task.WhenAll(fixture.Run(one), fixture.Run(two));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Message));
        Assert.Equal(1, fixture.Ledger.Runs("a"));
        Assert.Equal(2, fixture.Ledger.Runs("b"));
        Assert.Equal("10", File.ReadAllText(results[0].Artifacts["b"].File("value.txt")));
        Assert.Equal("6", File.ReadAllText(results[1].Artifacts["b"].File("value.txt")));
    }

    [Fact]
    public async Task Locks_and_leases_are_gone_after_the_runs()
    {
        var plan = fixture.Plan("name: s\nnodes:\n  a: { kind: test/number, value: 5 }\n");
        var results = await Task.WhenAll(fixture.Run(plan), fixture.Run(plan));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(fixture.Cache, "locks")));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(fixture.Cache, "leases")));
        Assert.Empty(new ArtifactStore(fixture.Cache).Verify(results[0].Artifacts["a"].Key));
    }

    public void Dispose() => fixture.Dispose();
}

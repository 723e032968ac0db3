using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Graph;
using SocioRunner.Core.Nodes;
using SocioRunner.Core.Tests.TestKinds;

namespace SocioRunner.Core.Tests.Execution;

/// <summary>
/// The disk fills while a node writes (an injected ENOSPC IOException): the run fails clearly naming the node and the
/// cause (exit code 3), nothing appears under objects/ for that node, its half output is removed from tmp/, and the
/// upstream artifacts stay intact and reusable.
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    readonly Fixture fixture = new();

    ExperimentPlan Plan()
    {
        var registry = new NodeKindRegistry([new NumberNode(fixture.Ledger), new DiskFullNode()]);
        string file = fixture.Write("name: full\nseed: 1\nnodes:\n  a: { kind: test/number, value: 5 }\n  big: { kind: test/disk-full, inputs: { terms: [a] } }\n");
        return new ExperimentPlanner(registry).PlanOrThrow(ExperimentLoader.LoadOrThrow(file, [], _ => null));
    }

    [Fact]
    public async Task A_full_disk_fails_the_node_clearly_and_leaves_no_artifact_behind()
    {
        var plan = Plan();
        var keys = CacheKey.ComputeAll(plan, "cpu");

        var result = await fixture.Run(plan);

        var failure = Assert.IsType<NodeFailedException>(result.Failure);
        Assert.Contains("big", failure.Message);
        Assert.Contains("No space left on device", failure.Message);
        Assert.Equal(ExitCodes.NodeFailed, failure.ExitCode);
        var store = new ArtifactStore(fixture.Cache);
        Assert.Equal([keys["a"]], store.Keys.ToList());
        Assert.Empty(store.Verify(keys["a"]));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(fixture.Cache, "tmp")));
        var rerun = await fixture.Run(plan);
        Assert.Equal(NodeOutcome.Cached, rerun.Run.Nodes.Single(n => n.NodeId == "a").Outcome);
        Assert.Equal(1, fixture.Ledger.Runs("a"));
    }

    public void Dispose() => fixture.Dispose();
}

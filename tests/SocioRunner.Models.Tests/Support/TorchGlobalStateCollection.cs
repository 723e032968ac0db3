namespace SocioRunner.Models.Tests.Support;

/// <summary>
/// Tests that depend on process-wide torch state (the global RNG, the intra-op thread count that node setup changes)
/// run in this collection, one at a time, so bit-exact comparisons are not disturbed by other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchGlobalStateCollection
{
    public const string Name = "torch global state";
}

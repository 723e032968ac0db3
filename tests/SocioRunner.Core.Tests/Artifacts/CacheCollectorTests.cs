using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Tests.TestKinds;

namespace SocioRunner.Core.Tests.Artifacts;

/// <summary>gc while other runs use the cache: leased and locked artifacts are kept, dead leases do not protect.</summary>
public sealed class CacheCollectorTests : IDisposable
{
    readonly Fixture fixture = new();
    static readonly LockTiming Timing = LockTiming.Default;

    async Task<(ArtifactStore Store, string A, string B)> TwoArtifacts()
    {
        var result = await fixture.Run("name: g\nnodes:\n  a: { kind: test/number, value: 1 }\n  b: { kind: test/number, value: 2 }\n");
        return (new ArtifactStore(fixture.Cache), result.Artifacts["a"].Key, result.Artifacts["b"].Key);
    }

    [Fact]
    public async Task An_artifact_leased_by_a_running_run_is_not_collected()
    {
        var (store, a, b) = await TwoArtifacts();
        using var lease = CacheLease.Take(store.Root, LockOwner.Current("running", TimeProvider.System), [a], Timing);
        var collector = new CacheCollector(store, Timing, TimeProvider.System);

        var candidates = collector.Candidates(new HashSet<string>());

        Assert.Equal([b], candidates.Select(c => c.Key));
        Assert.True(collector.Remove(b));
        Assert.NotNull(store.TryOpen(a, "a"));
        Assert.Null(store.TryOpen(b, "b"));
    }

    [Fact]
    public async Task A_run_that_claims_an_artifact_during_collection_keeps_it()
    {
        var (store, a, _) = await TwoArtifacts();
        var collector = new CacheCollector(store, Timing, TimeProvider.System);
        Assert.Contains(collector.Candidates(new HashSet<string>()), c => c.Key == a);

        using var lease = CacheLease.Take(store.Root, LockOwner.Current("late", TimeProvider.System), [a], Timing); // after gc chose
        Assert.False(collector.Remove(a));
        Assert.Empty(store.Verify(a));
    }

    /// <summary>A lease whose heartbeat looks long dead still protects while its process runs on this machine.</summary>
    [Fact]
    public async Task The_lease_of_a_running_process_on_this_machine_protects_however_old_its_heartbeat()
    {
        var (store, a, _) = await TwoArtifacts();
        string leases = Path.Combine(store.Root, "leases");
        Directory.CreateDirectory(leases);
        string file = Path.Combine(leases, "silent.json");
        var owner = LockOwner.Current("silent", TimeProvider.System);
        File.WriteAllText(file, System.Text.Json.JsonSerializer.Serialize(new CacheLease.Content(owner, [a]), ArtifactStore.Json));
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow - Timing.StaleAfter * 20);

        var candidates = new CacheCollector(store, Timing, TimeProvider.System).Candidates(new HashSet<string>());

        Assert.DoesNotContain(candidates, c => c.Key == a);
        Assert.True(File.Exists(file));
    }

    [Fact]
    public async Task The_lease_of_a_process_that_died_on_this_machine_protects_nothing_and_is_removed()
    {
        var (store, a, _) = await TwoArtifacts();
        string leases = Path.Combine(store.Root, "leases");
        Directory.CreateDirectory(leases);
        var dead = new LockOwner(Environment.MachineName, DeadPid(), "killed", DateTimeOffset.UtcNow, "dead");
        File.WriteAllText(Path.Combine(leases, "dead.json"), System.Text.Json.JsonSerializer.Serialize(new CacheLease.Content(dead, [a]), ArtifactStore.Json));

        var candidates = new CacheCollector(store, Timing, TimeProvider.System).Candidates(new HashSet<string>());

        Assert.Contains(candidates, c => c.Key == a);
        Assert.False(File.Exists(Path.Combine(leases, "dead.json")));
    }

    [Fact]
    public async Task An_artifact_being_recomputed_under_a_lock_is_not_collected()
    {
        var (store, a, b) = await TwoArtifacts();
        using var held = ArtifactLock.TryAcquire(store.Root, a, LockOwner.Current("forcing", TimeProvider.System), Timing);
        Assert.Equal([b], new CacheCollector(store, Timing, TimeProvider.System).Candidates(new HashSet<string>()).Select(c => c.Key));
    }

    static int DeadPid()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    public void Dispose() => fixture.Dispose();
}

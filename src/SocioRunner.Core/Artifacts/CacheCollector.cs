namespace SocioRunner.Core.Artifacts;

/// <summary>
/// Removes cached artifacts nobody needs, safely while other runs use the cache: an artifact named by a live
/// lease or being written under a lock is kept, and every removal is hide-then-recheck (rename aside, re-read the
/// leases, put it back if a run claimed it meanwhile) so a run starting during the collection never loses an input.
/// </summary>
public sealed class CacheCollector(ArtifactStore store, LockTiming timing, TimeProvider clock)
{
    public sealed record Candidate(string Key, ArtifactManifest? Manifest);

    /// <summary>Artifacts not in <paramref name="referenced"/>, not leased by a running run, not locked.</summary>
    public IReadOnlyList<Candidate> Candidates(IReadOnlySet<string> referenced)
    {
        var leased = CacheLease.LiveKeys(store.Root, timing, clock);
        return store.Keys
            .Where(key => !referenced.Contains(key) && !leased.Contains(key) && ArtifactLock.Holder(store.Root, key) is null)
            .Order(StringComparer.Ordinal)
            .Select(key => new Candidate(key, store.ReadManifest(key)))
            .ToList();
    }

    /// <summary>Removes one artifact unless a run claimed it meanwhile; true when it was removed.</summary>
    public bool Remove(string key)
    {
        string? hidden = store.Hide(key);
        if (hidden is null) return false;
        if (CacheLease.LiveKeys(store.Root, timing, clock).Contains(key) || ArtifactLock.Holder(store.Root, key) is not null)
        {
            store.Unhide(hidden, key);
            return false;
        }
        store.DeleteHidden(hidden);
        return true;
    }
}

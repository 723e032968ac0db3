using System.Text.Json;
using System.Text.Json.Nodes;

namespace SocioRunner.Core.Sweeps.Launch;

/// <summary>
/// Each member's state as <c>sweep status</c>, <c>--wait</c> and the sweep report all show it, so they never disagree.
/// The member's own run folder comes first (done; failed with its error line); for the rest, Slurm (queued or
/// running) and then the shared jobs the member depended on: a member whose shared upstream job failed is
/// <c>cancelled: upstream &lt;node&gt; failed</c> (its <c>afterok</c> dependency can never be satisfied, so Slurm cancels it
/// with <c>--kill-on-invalid-dep</c>); this is read from the shared job's run folder, so it stays true after Slurm
/// has forgotten the jobs. Other Slurm ends (TIMEOUT, OUT_OF_MEMORY, a cancellation) are shown with the Slurm state.
/// </summary>
public static class SweepMemberStates
{
    public static IReadOnlyDictionary<string, MemberState> Resolve(SweepFolder folder, JsonObject manifest, SlurmJobLookup? slurm) =>
        (manifest["members"]?.AsArray() ?? []).Select(m => (string)m!["name"]!)
            .ToDictionary(name => name, name => Resolve(folder, manifest, name, slurm));

    public static MemberState Resolve(SweepFolder folder, JsonObject manifest, string member, SlurmJobLookup? slurm)
    {
        string directory = folder.MemberDirectory(member);
        var state = MemberState.Read(directory);
        if (state.Status is MemberStatus.Done or MemberStatus.Failed) return state;
        string? job = (string?)(manifest["jobs"] as JsonObject)?[member];
        var slurmJob = job is null ? null : slurm?.Find(job);
        if (slurmJob is { State: "RUNNING" or "COMPLETING" }) return new MemberState(MemberStatus.Running, state.Detail);
        if (slurmJob is not null && SlurmClient.IsActive(slurmJob.State))
            return new MemberState(MemberStatus.Pending, slurmJob.Reason is { } waiting ? $"Slurm: {slurmJob.State} ({waiting})" : "");
        if (UpstreamFailure(folder, manifest, member) is { } upstream) return new MemberState(MemberStatus.Cancelled, upstream);
        string log = MemberState.LastLogLine(directory, error: false);
        return slurmJob switch
        {
            null when job is not null && slurm is { Reachable: true } && state.Status == MemberStatus.Running =>
                new MemberState(MemberStatus.Interrupted, $"Slurm no longer knows job {job}; re-run the sweep command to resume it"),
            null or { State: "COMPLETED" } => state,
            { State: "CANCELLED", Reason: "DependencyNeverSatisfied" } =>
                new MemberState(MemberStatus.Cancelled, $"upstream job {string.Join(", ", Needs(manifest, member))} failed (Slurm: DependencyNeverSatisfied)"),
            { State: "CANCELLED" } => new MemberState(MemberStatus.Cancelled, Join($"Slurm: CANCELLED{(slurmJob.Reason is { } r ? $" ({r})" : "")}", log)),
            _ => new MemberState(MemberStatus.Failed, Join($"Slurm: {slurmJob.State}", log)),
        };
    }

    /// <summary>"upstream &lt;node&gt; failed" when a shared job this member waited for ended with a failed (or cancelled) node.</summary>
    static string? UpstreamFailure(SweepFolder folder, JsonObject manifest, string member)
    {
        foreach (string shared in Needs(manifest, member))
        {
            if (!shared.StartsWith("shared-", StringComparison.Ordinal)) continue;
            string runJson = Path.Combine(folder.SharedDirectory(shared["shared-".Length..]), "run.json");
            if (!File.Exists(runJson)) continue;
            try
            {
                var node = JsonNode.Parse(File.ReadAllText(runJson))?["nodes"]?.AsArray()
                    .FirstOrDefault(n => (string?)n?["status"] is "failed" or "cancelled");
                if (node is not null) return $"upstream {(string?)node["id"]} {(string?)node["status"]} (job {shared})";
            }
            catch (Exception e) when (e is IOException or JsonException) { } // being written: not failed yet
        }
        return null;
    }

    /// <summary>The shared jobs (by name, e.g. shared-m00) a member's Slurm job depends on, as sweep.json records them.</summary>
    static IEnumerable<string> Needs(JsonObject manifest, string member) =>
        (manifest["needs"]?[member]?.AsArray() ?? []).Select(n => (string)n!);

    static string Join(string head, string log) => log.Length > 0 ? $"{head}; {log}" : head;
}

using System.Text;
using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;

namespace SocioRunner.Core.Sweeps.Launch;

/// <summary>
/// Submits a sweep to Slurm: nodes several members share (same cache key, not yet cached) go into one job each
/// owning member runs with <c>--target</c>, submitted once; every member is its own job depending on the shared jobs
/// it needs (<c>afterok</c>, with <c>--kill-on-invalid-dep</c> so a failed shared job does not leave members pending
/// forever); a report job (<c>afterany</c>) writes the sweep report. Members already done or still queued are not
/// submitted again, so re-running the sweep command resumes it (training resumes from its checkpoints in the cache).
/// If any submission fails, the jobs submitted so far are cancelled: nothing is left half-submitted.
/// </summary>
public sealed class SlurmLauncher(SlurmClient slurm)
{
    public void Submit(SweepPlan plan, SweepFolder folder, SweepLaunchSettings settings, Action<string> say)
    {
        var manifest = folder.ReadManifest();
        var jobs = manifest["jobs"] as JsonObject ?? [];
        var store = new ArtifactStore(settings.CacheDirectory);
        var active = plan.Members.Where(m => jobs[m.Member.Name] is { } job && SlurmClient.IsActive(slurm.State((string)job!))).ToList();
        var pending = plan.Members.Where(m => !active.Contains(m) && MemberState.Read(folder.MemberDirectory(m.Member.Name)).Status != MemberStatus.Done).ToList();
        foreach (var member in plan.Members.Except(pending)) say($"{member.Member.Name} ({member.Member.Label}): {(active.Contains(member) ? "still queued or running" : "done earlier")}, not submitted");
        var submitted = new List<string>();
        var newJobs = new Dictionary<string, string>();
        var needs = manifest["needs"] as JsonObject ?? [];
        try
        {
            var sharedJobOf = SubmitShared(plan, folder, settings, store, pending, submitted, newJobs, say);
            foreach (var member in pending)
            {
                string directory = Directory.CreateDirectory(folder.MemberDirectory(member.Member.Name)).FullName;
                var dependencies = member.Keys.Values.Where(sharedJobOf.ContainsKey).Select(k => sharedJobOf[k]).Distinct().ToList();
                string script = SlurmScript.Write(Path.Combine(folder.JobsDirectory, $"{member.Member.Name}.sbatch"), $"socio-{plan.Base.Name}-{member.Member.Name}",
                    Path.Combine(directory, "slurm-%j.out"), settings.Slurm, [.. settings.Command, .. MemberCommand.Arguments(plan, member.Member, settings.CacheDirectory, directory)]);
                string job = slurm.Submit(script, dependencies);
                submitted.Add(job);
                newJobs[member.Member.Name] = job;
                // By name (shared-m00), so sweep status and the report can tell "cancelled: upstream <node> failed" from its run folder.
                needs[member.Member.Name] = new JsonArray(dependencies.Select(d => (JsonNode?)newJobs.First(j => j.Value == d).Key).ToArray());
                say($"{member.Member.Name} ({member.Member.Label}): job {job}{(dependencies.Count > 0 ? $" after {string.Join(", ", dependencies)}" : "")}");
            }
            var all = plan.Members.Select(m => newJobs.GetValueOrDefault(m.Member.Name) ?? (string?)jobs[m.Member.Name]).OfType<string>().ToList();
            if (pending.Count > 0)
            {
                string report = SlurmScript.Write(Path.Combine(folder.JobsDirectory, "report.sbatch"), $"socio-{plan.Base.Name}-report",
                    Path.Combine(folder.Path, "slurm-report-%j.out"), settings.Slurm with { Gpus = null }, [.. settings.Command, "sweep", "report", folder.Path]);
                newJobs["report"] = slurm.Submit(report, all, "afterany");
                submitted.Add(newJobs["report"]);
            }
        }
        catch (SlurmException)
        {
            slurm.Cancel(submitted);
            throw;
        }
        foreach (var (name, job) in newJobs) jobs[name] = job;
        manifest["jobs"] = jobs.DeepClone();
        manifest["needs"] = needs.DeepClone();
        folder.WriteManifest(manifest);
        WriteResubmitScript(folder, plan);
    }

    Dictionary<string, string> SubmitShared(SweepPlan plan, SweepFolder folder, SweepLaunchSettings settings, ArtifactStore store,
        List<SweepMemberPlan> pending, List<string> submitted, Dictionary<string, string> newJobs, Action<string> say)
    {
        // A key two pending members need, not yet cached, is computed by a job of the first member using it.
        var owner = new Dictionary<string, SweepMemberPlan>(StringComparer.Ordinal);
        foreach (var group in pending.SelectMany(m => m.Keys.Select(k => (m, node: k.Key, key: k.Value))).GroupBy(x => x.key))
            if (group.Select(x => x.m).Distinct().Count() > 1 && store.TryOpen(group.Key, group.First().node) is null)
                owner[group.Key] = group.First().m;
        var jobOfKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in owner.Values.Distinct())
        {
            var targets = member.Plan.Nodes.Where(n => owner.TryGetValue(member.Keys[n.Id], out var o) && o == member).Select(n => n.Id).ToList();
            var needs = member.Keys.Values.Where(jobOfKey.ContainsKey).Select(k => jobOfKey[k]).Distinct().ToList();
            string directory = Directory.CreateDirectory(folder.SharedDirectory(member.Member.Name)).FullName;
            File.Delete(Path.Combine(directory, "run.json")); // a failure of an earlier submission is not this job's: no stale "upstream failed"
            string script = SlurmScript.Write(Path.Combine(folder.JobsDirectory, $"shared-{member.Member.Name}.sbatch"), $"socio-{plan.Base.Name}-shared-{member.Member.Name}",
                Path.Combine(directory, "slurm-%j.out"), settings.Slurm, [.. settings.Command, .. MemberCommand.Arguments(plan, member.Member, settings.CacheDirectory, directory, targets)]);
            string job = slurm.Submit(script, needs);
            submitted.Add(job);
            newJobs[$"shared-{member.Member.Name}"] = job;
            foreach (var key in owner.Where(o => o.Value == member).Select(o => o.Key)) jobOfKey[key] = job;
            say($"shared nodes {string.Join(", ", targets)} (as in {member.Member.Name}): job {job}");
        }
        return jobOfKey;
    }

    /// <summary>jobs/submit.sh re-submits the written scripts by hand, in order, with the same dependencies.</summary>
    static void WriteResubmitScript(SweepFolder folder, SweepPlan plan)
    {
        var text = new StringBuilder("#!/bin/bash\n# Re-submit this sweep by hand. Simpler: re-run the sweep command, which skips finished members.\nset -euo pipefail\ncd \"$(dirname \"$0\")\"\nall=\"\"\n");
        foreach (string shared in Directory.EnumerateFiles(folder.JobsDirectory, "shared-*.sbatch").Order(StringComparer.Ordinal))
            text.Append($"shared=\"$shared${{shared:+:}}$(sbatch --parsable {Path.GetFileName(shared)})\"\n");
        foreach (var member in plan.Members.Where(m => File.Exists(Path.Combine(folder.JobsDirectory, $"{m.Member.Name}.sbatch"))))
            text.Append($"all=\"$all${{all:+:}}$(sbatch --parsable ${{shared:+--dependency=afterok:$shared}} {member.Member.Name}.sbatch)\"\n");
        text.Append("sbatch --dependency=afterany:$all report.sbatch\n");
        File.WriteAllText(Path.Combine(folder.JobsDirectory, "submit.sh"), text.ToString().Replace("\"\nall=", "\"\nshared=\"\"\nall=", StringComparison.Ordinal));
    }

    /// <summary>Polls until no job of the sweep is queued or running; returns each member's final state.</summary>
    public async Task<IReadOnlyDictionary<string, MemberState>> WaitAsync(SweepPlan plan, SweepFolder folder, Action<string> say, CancellationToken cancellation)
    {
        var jobs = (folder.ReadManifest()["jobs"] as JsonObject ?? []).Select(j => (string)j.Value!).ToList();
        while (jobs.Any(job => SlurmClient.IsActive(slurm.State(job))))
            await Task.Delay(TimeSpan.FromSeconds(2), cancellation);
        return SweepMemberStates.Resolve(folder, folder.ReadManifest(), new SlurmJobLookup(slurm));
    }
}

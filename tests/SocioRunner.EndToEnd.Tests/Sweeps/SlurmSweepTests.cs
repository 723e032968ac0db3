using System.Text.Json.Nodes;
using SocioRunner.EndToEnd.Tests.Faults;

namespace SocioRunner.EndToEnd.Tests.Sweeps;

/// <summary>
/// The sweep on a real single-node Slurm 22.05 (started by .ci/e2e): shared nodes run once, a member cancelled
/// mid-training (scancel) resumes from its checkpoint when the same sweep command is re-run, and the result equals
/// an uninterrupted local sweep on its own cache.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class SlurmSweepTests : IDisposable
{
    readonly SweepWorkspace workspace = new();

    [SkippableFact]
    public async Task A_cancelled_member_resumes_on_resubmission_and_the_sweep_matches_a_local_one()
    {
        string? unavailable = SweepWorkspace.SlurmUnavailable();
        Skip.If(unavailable is not null, unavailable);

        var (exit, output) = await workspace.Sweep("slurm", "--launcher", "slurm");
        Assert.True(exit == 0, output);
        Assert.Contains("shared nodes city, income, encoder, baseline (as in m00): job", output);
        string cancelled = await CancelAMemberMidTraining();
        await WaitUntilIdle();

        (exit, output) = await workspace.Sweep("slurm", "--launcher", "slurm", "--wait");
        Assert.True(exit == 0, output);
        Assert.Contains("resumed in", output);
        Assert.Matches(@"m0\d \([^)]*\): done earlier, not submitted|still queued", output); // finished members are not resubmitted
        string log = File.ReadAllText(Path.Combine(workspace.SweepFolder("slurm"), "members", cancelled, "run.log"));
        Assert.Matches(@"pretrain: resuming after epoch [1-7] from ", log);

        // Every distinct node ran exactly once over all jobs (shared ones in their shared job, none twice).
        var ran = workspace.Runs("slurm").SelectMany(run => run["nodes"]!.AsArray())
            .Where(n => (string?)n!["status"] == "ran").GroupBy(n => (string)n!["key"]!).ToList();
        Assert.All(ran, group => Assert.Single(group));
        Assert.Equal((int)workspace.Manifest("slurm")["nodes_distinct"]!, ran.Count);

        (exit, output) = await workspace.Sweep("local", "--parallel", "2");
        Assert.True(exit == 0, output);
        var slurm = workspace.Metrics("slurm");
        var local = workspace.Metrics("local");
        Assert.Equal(local.Keys.Order(), slurm.Keys.Order());
        foreach (var (member, values) in local)
        {
            Assert.Equal(values.Probe, slurm[member].Probe, 6);
            Assert.Equal(values.Baseline, slurm[member].Baseline, 6);
        }
        string report = File.ReadAllText(Path.Combine(workspace.SweepFolder("slurm"), "report.md"));
        string localReport = File.ReadAllText(Path.Combine(workspace.SweepFolder("local"), "report.md"));
        Assert.Equal(Section(localReport, "## RNC + probe vs L1 baseline"), Section(report, "## RNC + probe vs L1 baseline"));
    }

    /// <summary>Waits for a member job that has checkpointed at least one pretraining epoch, scancels it, returns the member.</summary>
    async Task<string> CancelAMemberMidTraining()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(6);
        var jobs = workspace.Manifest("slurm")["jobs"]!.AsObject();
        while (DateTime.UtcNow < deadline)
        {
            foreach (var (name, job) in jobs.Where(j => j.Key.StartsWith('m')))
            {
                string memberLog = Path.Combine(workspace.SweepFolder("slurm"), "members", name, "run.log");
                if (!File.Exists(memberLog)) continue;
                string text = File.ReadAllText(memberLog);
                if (!text.Contains("[pretrain] running") || text.Contains("[pretrain] ran")) continue; // run.log lines: "INFO  [pretrain] running train/rnc"
                if (!CheckpointExists()) continue;
                SweepWorkspace.Tool("scancel", (string)job!);
                return name;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("no member reached pretraining with a checkpoint");
    }

    bool CheckpointExists()
    {
        string work = Path.Combine(workspace.Cache("slurm"), "work");
        if (!Directory.Exists(work)) return false;
        foreach (string state in Directory.EnumerateFiles(work, "state.json", SearchOption.AllDirectories))
            try { if ((int?)JsonNode.Parse(File.ReadAllText(state))?["CompletedEpochs"] >= 1) return true; }
            catch (Exception e) when (e is IOException or System.Text.Json.JsonException) { }
        return false;
    }

    async Task WaitUntilIdle()
    {
        var jobs = workspace.Manifest("slurm")["jobs"]!.AsObject().Select(j => (string)j.Value!).ToList();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(8);
        while (DateTime.UtcNow < deadline)
        {
            var (_, queued) = SweepWorkspace.Tool("squeue", "-h", "-o", "%A");
            if (!queued.Split('\n').Select(l => l.Trim()).Intersect(jobs).Any()) return;
            await Task.Delay(500);
        }
        throw new TimeoutException("the sweep's jobs did not finish");
    }

    static string Section(string markdown, string heading)
    {
        int start = markdown.IndexOf(heading, StringComparison.Ordinal);
        int end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return markdown[start..end];
    }

    public void Dispose() => workspace.Dispose();
}

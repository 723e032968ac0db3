using System.Text.Json.Nodes;
using SocioRunner.EndToEnd.Tests.Faults;

namespace SocioRunner.EndToEnd.Tests.Sweeps;

/// <summary>
/// The sweep on a real single-node Slurm 22.05 (started by .ci/e2e): shared nodes run once, a member cancelled
/// mid-training (scancel: SIGTERM) stops cleanly and resumes from its checkpoint when the same sweep command is
/// re-run, and the result equals an uninterrupted local sweep on its own cache.
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
        var (cancelled, checkpointed) = await CancelAMemberMidTraining();
        await WaitUntilIdle();
        // scancel's SIGTERM is handled like Ctrl-C: the job stops the node within KillWait and records it as cancelled.
        string memberFolder = Path.Combine(workspace.SweepFolder("slurm"), "members", cancelled);
        string jobOutput = File.ReadAllText(Path.Combine(memberFolder, $"slurm-{(string)workspace.Manifest("slurm")["jobs"]![cancelled]!}.out"));
        Assert.Contains("terminated (SIGTERM): stopping after cleaning up the node in progress", jobOutput);
        var stopped = JsonNode.Parse(File.ReadAllText(Path.Combine(memberFolder, "run.json")))!["nodes"]!.AsArray();
        Assert.Equal("cancelled", (string?)stopped.Single(n => (string?)n!["id"] == "pretrain")!["status"]);

        (exit, output) = await workspace.Sweep("slurm", "--launcher", "slurm", "--wait");
        Assert.True(exit == 0, output);
        Assert.Contains("resumed in", output);
        Assert.Matches(@"m0\d \([^)]*\): done earlier, not submitted|still queued", output); // finished members are not resubmitted
        string log = File.ReadAllText(Path.Combine(workspace.SweepFolder("slurm"), "members", cancelled, "run.log"));
        // It resumes from its own checkpoint: at least the epochs it had saved when it was cancelled (one more may have
        // finished before the SIGTERM arrived), never all 8 (then it was not cancelled mid-training).
        var resumedAfter = System.Text.RegularExpressions.Regex.Match(log, @"pretrain: resuming after epoch (\d+) from ");
        Assert.True(resumedAfter.Success, $"{cancelled} did not resume; its run.log:\n{log}");
        Assert.InRange(int.Parse(resumedAfter.Groups[1].Value), checkpointed, 7);

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
        // The aggregate: mean +- sd per temperature over the seeds, and the paired probe-vs-baseline test (mean difference, CI, t, p).
        Assert.Equal(Section(localReport, "## Mean ± sd over seeds, per variant"), Section(report, "## Mean ± sd over seeds, per variant"));
        Assert.Equal(Section(localReport, "## RNC + probe vs L1 baseline"), Section(report, "## RNC + probe vs L1 baseline"));
        Assert.Contains("4 members: 4 done, 0 failed, 0 cancelled, 0 not finished.", report);
    }

    /// <summary>
    /// Waits for a member job whose own pretraining has saved its resume state after at least one epoch (and is not
    /// finished), scancels it, returns the member and the epochs saved at that moment. Members train concurrently,
    /// so the checkpoint must be looked up under that member's pretrain key, not anywhere in work/.
    /// </summary>
    async Task<(string Member, int Checkpointed)> CancelAMemberMidTraining()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(6);
        var manifest = workspace.Manifest("slurm");
        var jobs = manifest["jobs"]!.AsObject();
        var pretrainKeys = manifest["members"]!.AsArray().ToDictionary(m => (string)m!["name"]!, m => (string)m!["nodes"]!["pretrain"]!["key"]!);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var (name, job) in jobs.Where(j => pretrainKeys.ContainsKey(j.Key)))
            {
                string memberLog = Path.Combine(workspace.SweepFolder("slurm"), "members", name, "run.log");
                if (!File.Exists(memberLog)) continue;
                string text = File.ReadAllText(memberLog);
                if (!text.Contains("[pretrain] running") || text.Contains("[pretrain] ran")) continue; // run.log lines: "INFO  [pretrain] running train/rnc"
                int saved = SavedEpochs(pretrainKeys[name]);
                if (saved is < 1 or >= 8) continue;
                SweepWorkspace.Tool("scancel", (string)job!);
                return (name, saved);
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("no member reached pretraining with a checkpoint");
    }

    /// <summary>Epochs in the committed resume state of a key (work/&lt;key&gt;/resume/state.json, never resume.tmp), 0 if none.</summary>
    int SavedEpochs(string key)
    {
        string state = Path.Combine(workspace.Cache("slurm"), "work", key, "resume", "state.json");
        try { return File.Exists(state) ? (int?)JsonNode.Parse(File.ReadAllText(state))?["CompletedEpochs"] ?? 0 : 0; }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException) { return 0; }
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

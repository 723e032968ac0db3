using System.Text.RegularExpressions;
using SocioRunner.Cli.Tests.Faults;

namespace SocioRunner.Cli.Tests.Sweeps;

/// <summary>
/// A Slurm member whose shared upstream job failed never runs (its afterok can never be satisfied; Slurm cancels it,
/// Reason=DependencyNeverSatisfied). <c>sweep status</c> and the sweep report must say the same true thing about it:
/// cancelled because that upstream node failed. Stand-in sbatch/scontrol on PATH play Slurm; the shared job itself
/// really runs (its script's command, in process) and really fails in libtorch (more pooling stages than a 16 px tile
/// allows, in the L1 baseline both members share). The real Slurm run is in SocioRunner.EndToEnd.Tests (Sweeps/).
/// </summary>
public sealed class UpstreamFailureTests : IDisposable
{
    readonly TinyCacheWorkspace workspace = new();
    readonly string bin;

    public UpstreamFailureTests() => bin = Directory.CreateDirectory(Path.Combine(workspace.Root, "bin")).FullName;

    /// <summary>The CLI in process with the stand-in tools first on PATH (set only for this call, under CliRunner's gate).</summary>
    Task<(int Exit, string Out, string Err)> Cli(params string[] args) => CliRunner.RunWithEnvironment(workspace.Root,
        new Dictionary<string, string?> { ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH"), ["SOCIO_COMMAND"] = "/opt/socio/socio" }, args);

    void Tool(string name, string body)
    {
        string path = Path.Combine(bin, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    string Experiment() => workspace.Write("upstream.yaml", UpstreamFailureGraph.Yaml);

    [SkippableFact]
    public async Task Status_and_report_both_say_a_member_was_cancelled_because_its_upstream_node_failed()
    {
        Skip.If(OperatingSystem.IsWindows(), "stand-in Slurm tools are shell scripts");
        string counter = Path.Combine(workspace.Root, "next-job");
        File.WriteAllText(counter, "100");
        // sbatch hands out 101, 102, ...; scontrol says what Slurm says of a member whose afterok failed.
        Tool("sbatch", $"n=$(($(cat {counter}) + 1)); echo $n > {counter}; echo $n");
        Tool("scontrol", "echo \"JobId=$3 JobName=x\"; echo \"   JobState=CANCELLED Reason=DependencyNeverSatisfied Dependency=afterok:101(failed)\"");

        var (exit, stdout, stderr) = await Cli("run", Experiment(), "--multirun", "--set", "nodes.pretrain.temperature=0.5,2", "--launcher", "slurm", "--cache", workspace.Cache);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("shared nodes city, income, encoder, baseline (as in m00): job 101", stdout);
        Assert.Contains("m01 (pretrain.temperature=2): job 103 after 101", stdout);
        string sweep = Directory.EnumerateDirectories(Path.Combine(workspace.Root, "reports", "upstream")).Single();

        // The shared job runs its script's command (as Slurm would) and fails in the baseline.
        var shared = ScriptCommand(Path.Combine(sweep, "jobs", "shared-m00.sbatch"));
        Assert.Equal("/opt/socio/socio", shared[0]);
        (exit, stdout, stderr) = await Cli([.. shared.Skip(1)]);
        Assert.True(exit == 3, stdout + stderr);
        Assert.Contains("nodes.baseline: ", stderr);

        const string Why = "upstream baseline failed (job shared-m00)";
        (exit, stdout, stderr) = await Cli("sweep", "status", sweep);
        Assert.True(exit == 3, stdout + stderr);
        Assert.Equal(["m00 cancelled 102 " + Why, "m01 cancelled 103 " + Why], StatusRows(stdout));

        (exit, stdout, stderr) = await Cli("sweep", "report", sweep);
        Assert.True(exit == 0, stdout + stderr);
        string report = File.ReadAllText(Path.Combine(sweep, "report.md"));
        Assert.Contains("2 members: 0 done, 0 failed, 2 cancelled, 0 not finished.", report);
        Assert.Contains($"| m00 | pretrain.temperature=0.5 | cancelled: {Why} |", report);
        Assert.Contains($"| m01 | pretrain.temperature=2 | cancelled: {Why} |", report);
        Assert.Contains($"cancelled<br><small>{Why}</small>", File.ReadAllText(Path.Combine(sweep, "index.html")));

        // Once Slurm has forgotten the jobs, the run folders alone still tell the same.
        Tool("scontrol", "echo 'slurm_load_jobs error: Invalid job id specified' >&2; exit 1");
        (exit, stdout, _) = await Cli("sweep", "status", sweep);
        Assert.Equal(3, exit);
        Assert.Equal(["m00 cancelled 102 " + Why, "m01 cancelled 103 " + Why], StatusRows(stdout));
    }

    /// <summary>The arguments of the script's <c>exec</c> line (single-quoted, as SlurmScript writes them).</summary>
    static List<string> ScriptCommand(string script)
    {
        string exec = File.ReadAllLines(script).Single(l => l.StartsWith("exec ", StringComparison.Ordinal));
        return Regex.Matches(exec, @"'((?:[^']|'\\'')*)'").Select(m => m.Groups[1].Value.Replace("'\\''", "'", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The member rows of the status table, cells joined by one space (the table may wrap a long cell).</summary>
    static List<string> StatusRows(string table)
    {
        var rows = new List<string>();
        foreach (string line in table.Split('\n').Where(l => l.Contains('│')))
        {
            var cells = line.Split('│').Skip(1).SkipLast(1).Select(c => c.Trim()).Where((_, i) => i != 1).ToList(); // without the values column
            if (Regex.IsMatch(cells[0], @"^m\d\d$")) rows.Add(string.Join(' ', cells));
            else if (rows.Count > 0 && cells[0].Length == 0) rows[^1] += " " + string.Join(' ', cells.Where(c => c.Length > 0));
        }
        return rows;
    }

    public void Dispose() => workspace.Dispose();
}

using System.Text.Json.Nodes;
using SocioRunner.Cli.Tests.Faults;

namespace SocioRunner.Cli.Tests.Sweeps;

/// <summary>
/// Slurm refusing a submission: one line with sbatch's own message, exit 3, and the jobs already submitted are
/// cancelled (nothing half-submitted). Stand-in sbatch/scancel scripts on PATH record what they were asked.
/// The real Slurm path is covered end to end in SocioRunner.EndToEnd.Tests (Sweeps/SlurmSweepTests).
/// </summary>
public sealed class SlurmSubmissionTests : IDisposable
{
    readonly TinyCacheWorkspace workspace = new();
    readonly string bin;
    string path = Environment.GetEnvironmentVariable("PATH") ?? "";

    public SlurmSubmissionTests() => bin = Directory.CreateDirectory(Path.Combine(workspace.Root, "bin")).FullName;

    void Tool(string name, string body)
    {
        string file = Path.Combine(bin, name);
        File.WriteAllText(file, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        path = bin + ":" + Environment.GetEnvironmentVariable("PATH");
    }

    /// <summary>The CLI in process with PATH (stand-in tools first) and SOCIO_COMMAND set only for this call, under CliRunner's gate, so other test classes never see them.</summary>
    Task<(int Exit, string Out, string Err)> Cli(params string[] args) => CliRunner.RunWithEnvironment(workspace.Root,
        new Dictionary<string, string?> { ["PATH"] = path, ["SOCIO_COMMAND"] = "/opt/socio/socio" }, [.. args, "--cache", workspace.Cache]);

    string Experiment() => workspace.Write("slurm.yaml", """
        name: tiny
        device: cpu
        nodes:
          city: { kind: dataset/synthetic-city, tiles: 20, tile_size: 16, flair_patches: 0 }
          income: { kind: dataset/household-income, inputs: { raw: city } }
        sweep:
          grid:
            seed: [1, 2]
          slurm: { partition: nope, time: "00:10:00", mem: 2G }
        """);

    [Fact]
    public async Task A_rejected_partition_exits_3_with_sbatchs_message_and_cancels_what_was_submitted()
    {
        string log = Path.Combine(workspace.Root, "calls.log");
        // The first submission is accepted (job 101), the second rejected like Slurm rejects an unknown partition.
        Tool("sbatch", $"echo \"sbatch $*\" >> {log}; n=$(grep -c '^sbatch' {log}); if [ \"$n\" -eq 1 ]; then echo 101; exit 0; fi; echo 'sbatch: error: Batch job submission failed: Invalid partition name specified' >&2; exit 1");
        Tool("scancel", $"echo \"scancel $*\" >> {log}");
        Tool("scontrol", "exit 1");

        var (exit, stdout, stderr) = await Cli("run", Experiment(), "--multirun", "--launcher", "slurm");

        Assert.True(exit == 3, stdout + stderr);
        Assert.Equal("sbatch m01.sbatch: sbatch: error: Batch job submission failed: Invalid partition name specified", stderr.Trim());
        var calls = File.ReadAllLines(log);
        Assert.Equal("scancel 101", calls.Last());
        string sweep = Directory.EnumerateDirectories(Path.Combine(workspace.Root, "reports", "tiny")).Single();
        Assert.Empty(JsonNode.Parse(File.ReadAllText(Path.Combine(sweep, "sweep.json")))!["jobs"]!.AsObject());
        string script = File.ReadAllText(Path.Combine(sweep, "jobs", "m00.sbatch"));
        Assert.Contains("#SBATCH --partition=nope", script);
        Assert.Contains("#SBATCH --time=00:10:00", script);
        Assert.Contains("#SBATCH --mem=2G", script);
        Assert.Contains("exec '/opt/socio/socio' 'run'", script);
        Assert.Contains("'--set' 'seed=1'", script);
    }

    [Fact]
    public async Task Command_line_resources_override_the_files()
    {
        Tool("sbatch", "echo 7");
        Tool("scontrol", "exit 1");

        var (exit, stdout, stderr) = await Cli("run", Experiment(), "-m", "--launcher", "slurm", "--partition", "debug", "--cpus", "2", "--sbatch=--account=abc");

        Assert.True(exit == 0, stdout + stderr);
        string sweep = Directory.EnumerateDirectories(Path.Combine(workspace.Root, "reports", "tiny")).Single();
        string script = File.ReadAllText(Path.Combine(sweep, "jobs", "m01.sbatch"));
        Assert.Contains("#SBATCH --partition=debug", script);
        Assert.Contains("#SBATCH --cpus-per-task=2", script);
        Assert.Contains("#SBATCH --account=abc", script);
        Assert.Contains("#SBATCH --mem=2G", script);
        Assert.Contains("socio sweep status", stdout);
    }

    [Fact]
    public async Task A_missing_sbatch_exits_3_in_one_line()
    {
        path = bin; // no Slurm here at all
        var (exit, _, stderr) = await Cli("run", Experiment(), "-m", "--launcher", "slurm");

        Assert.Equal(3, exit);
        Assert.StartsWith("sbatch: cannot run it", stderr.Trim());
        Assert.Single(stderr.Trim().Split('\n'));
    }

    public void Dispose() => workspace.Dispose();
}

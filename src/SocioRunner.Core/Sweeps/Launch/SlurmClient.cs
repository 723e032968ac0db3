using System.ComponentModel;
using System.Diagnostics;

namespace SocioRunner.Core.Sweeps.Launch;

/// <summary>The Slurm commands a launcher needs (sbatch, scancel, squeue, scontrol), run as processes.</summary>
public class SlurmClient
{
    public virtual (int Exit, string Out, string Err) Run(string command, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout.Trim(), stderr.Result.Trim());
        }
        catch (Win32Exception e)
        {
            throw new SlurmException($"{command}: cannot run it ({e.Message}); is Slurm installed on this machine and on PATH?");
        }
    }

    /// <summary>Submits a script; returns the job id. Fails with sbatch's own message.</summary>
    public string Submit(string script, IReadOnlyList<string> dependencies, string dependencyType = "afterok")
    {
        var args = new List<string> { "--parsable" };
        if (dependencies.Count > 0) args.AddRange([$"--dependency={dependencyType}:{string.Join(':', dependencies)}", "--kill-on-invalid-dep=yes"]);
        args.Add(script);
        var (exit, stdout, stderr) = Run("sbatch", args);
        if (exit != 0) throw new SlurmException($"sbatch {Path.GetFileName(script)}: {FirstLine(stderr.Length > 0 ? stderr : stdout)}");
        return stdout.Split(';')[0].Trim();
    }

    public void Cancel(IEnumerable<string> jobs)
    {
        var ids = jobs.ToList();
        if (ids.Count > 0) Run("scancel", ids);
    }

    /// <summary>PENDING, RUNNING, COMPLETED, FAILED, CANCELLED, TIMEOUT, ...; null when Slurm no longer knows the job.</summary>
    public string? State(string job) => Job(job)?.State;

    /// <summary>The job's state and Slurm's reason for it (e.g. CANCELLED, DependencyNeverSatisfied); null when Slurm no longer knows the job.</summary>
    public virtual SlurmJob? Job(string job)
    {
        var (exit, stdout, _) = Run("scontrol", ["show", "job", job]);
        if (exit != 0) return null;
        string? state = null, reason = null;
        foreach (string token in stdout.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith("JobState=", StringComparison.Ordinal)) state = token["JobState=".Length..];
            else if (token.StartsWith("Reason=", StringComparison.Ordinal)) reason = token["Reason=".Length..];
        }
        return state is null ? null : new SlurmJob(state, reason is null or "None" ? null : reason);
    }

    public static bool IsActive(string? state) => state is "PENDING" or "RUNNING" or "CONFIGURING" or "COMPLETING" or "REQUEUED" or "SUSPENDED";

    static string FirstLine(string text) => text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "failed without a message";
}

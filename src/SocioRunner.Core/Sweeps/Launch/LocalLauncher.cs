using System.Diagnostics;

namespace SocioRunner.Core.Sweeps.Launch;

/// <summary>
/// Runs members as child processes on this machine, up to <see cref="SweepLaunchSettings.Parallel"/> at once; each
/// writes its own run folder (run.json, run.log) and its console output to <c>member.log</c>. Shared nodes need no
/// planning here: the first member to reach one computes it under its artifact lock, the others wait and reuse it.
/// Finished members are skipped, so re-running the sweep resumes it; a failed member does not stop the others.
/// </summary>
public sealed class LocalLauncher
{
    public async Task<IReadOnlyDictionary<string, MemberState>> RunAsync(SweepPlan plan, SweepFolder folder, SweepLaunchSettings settings,
        Action<string> say, CancellationToken cancellation)
    {
        using var gate = new SemaphoreSlim(settings.Parallel);
        var results = new Dictionary<string, MemberState>();
        var tasks = plan.Members.Select(async member =>
        {
            string directory = folder.MemberDirectory(member.Member.Name);
            if (MemberState.Read(directory).Status == MemberStatus.Done)
            {
                say($"{member.Member.Name} ({member.Member.Label}): done earlier, skipped");
                lock (results) results[member.Member.Name] = MemberState.Read(directory);
                return;
            }
            await gate.WaitAsync(cancellation);
            try
            {
                say($"{member.Member.Name} ({member.Member.Label}): started");
                int exit = await RunMemberAsync(plan, member.Member, directory, settings, cancellation);
                var state = MemberState.Read(directory);
                if (exit != 0 && state.Status != MemberStatus.Failed)
                    state = new MemberState(MemberStatus.Failed, $"exit code {exit}; see {Path.Combine(directory, "member.log")}");
                say($"{member.Member.Name} ({member.Member.Label}): {state.Status.ToString().ToLowerInvariant()}{(state.Detail.Length > 0 ? " - " + state.Detail : "")}");
                lock (results) results[member.Member.Name] = state;
            }
            finally { gate.Release(); }
        }).ToList();
        await Task.WhenAll(tasks);
        return results;
    }

    static async Task<int> RunMemberAsync(SweepPlan plan, SweepMember member, string directory, SweepLaunchSettings settings, CancellationToken cancellation)
    {
        Directory.CreateDirectory(directory);
        var start = new ProcessStartInfo(settings.Command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in settings.Command.Skip(1).Concat(MemberCommand.Arguments(plan, member, settings.CacheDirectory, directory))) start.ArgumentList.Add(arg);
        start.Environment["SOCIO_CONSOLE"] = "plain";
        using var log = new StreamWriter(Path.Combine(directory, "member.log"), append: false) { AutoFlush = true };
        using var process = new Process { StartInfo = start };
        var sink = new object();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (sink) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (sink) log.WriteLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try { await process.WaitForExitAsync(cancellation); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true); // its finished nodes stay cached; re-running the sweep resumes it
            throw;
        }
        process.WaitForExit(); // drain the output handlers
        return process.ExitCode;
    }
}

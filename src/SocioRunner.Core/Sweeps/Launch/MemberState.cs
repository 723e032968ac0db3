using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocioRunner.Core.Sweeps.Launch;

/// <summary>
/// A member's state. Interrupted: its run stopped without finishing and nothing runs it now (re-running the sweep
/// resumes it). Cancelled: Slurm cancelled its job, e.g. because a shared job it depends on failed.
/// </summary>
public enum MemberStatus { Pending, Running, Done, Failed, Interrupted, Cancelled }

/// <summary>What a member's own run folder says: done (every node ran or was cached), failed (with the error line), or not finished.</summary>
public sealed record MemberState(MemberStatus Status, string Detail)
{
    public static MemberState Read(string memberDirectory)
    {
        string runJson = Path.Combine(memberDirectory, "run.json");
        if (!File.Exists(runJson)) return new MemberState(MemberStatus.Pending, "");
        JsonNode? run;
        try { run = JsonNode.Parse(File.ReadAllText(runJson)); }
        catch (Exception e) when (e is IOException or JsonException) { return new MemberState(MemberStatus.Running, "run.json being written"); }
        var statuses = (run?["nodes"]?.AsArray() ?? []).Select(n => (string?)n?["status"]).ToList();
        int planned = (run?["resolved_config"]?["nodes"] as JsonObject)?.Count ?? statuses.Count;
        if (statuses.Any(s => s is "failed" or "cancelled"))
            return new MemberState(MemberStatus.Failed, LastLogLine(memberDirectory, error: true));
        if (statuses.Count >= planned && statuses.All(s => s is "ran" or "cached"))
            return new MemberState(MemberStatus.Done, $"{statuses.Count(s => s == "ran")} ran, {statuses.Count(s => s == "cached")} cached");
        return new MemberState(MemberStatus.Running, LastLogLine(memberDirectory, error: false));
    }

    /// <summary>
    /// The last line of run.log; for a failed member its last ERROR entry without the timestamp (<c>[node] file:line:col:
    /// nodes.x: reason</c>), not a line of the stack trace or native frame dump that run.log keeps after it.
    /// </summary>
    public static string LastLogLine(string memberDirectory, bool error)
    {
        string log = Path.Combine(memberDirectory, "run.log");
        if (!File.Exists(log)) return "";
        try
        {
            var lines = File.ReadAllLines(log).Where(l => l.Trim().Length > 0).ToList();
            string? entry = error ? lines.Select(l => ErrorEntry.Match(l)).LastOrDefault(m => m.Success)?.Groups["message"].Value : null;
            return entry ?? lines.LastOrDefault() ?? "";
        }
        catch (IOException) { return ""; }
    }

    /// <summary>A run.log entry at error level: <c>2026-12-02T13:57:40.680Z ERROR [pretrain] message</c>.</summary>
    static readonly Regex ErrorEntry = new(@"^\S+\s+ERROR\s+(?<message>.+)$", RegexOptions.Compiled);
}

using System.Diagnostics;

namespace SocioRunner.Core.Execution;

/// <summary>
/// The git commit a folder is checked out at, for the run manifest. Reads <c>.git/HEAD</c> and the refs
/// (loose, then <c>packed-refs</c>; worktrees and submodules via the <c>gitdir:</c> file and <c>commondir</c>)
/// without spawning git; only if that fails does it ask <c>git rev-parse HEAD</c>. Null outside a repository.
/// </summary>
public static class GitRevision
{
    public static string? Of(string folder)
    {
        string? gitDirectory = FindGitDirectory(Path.GetFullPath(folder));
        if (gitDirectory is null) return null;
        try { return ReadHead(gitDirectory) ?? AskGit(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return AskGit(folder); }
    }

    static string? FindGitDirectory(string folder)
    {
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(candidate)) return candidate;
            if (File.Exists(candidate))
            {
                string text = File.ReadAllText(candidate).Trim();
                if (!text.StartsWith("gitdir:", StringComparison.Ordinal)) return null;
                return Path.GetFullPath(text["gitdir:".Length..].Trim(), directory.FullName);
            }
        }
        return null;
    }

    static string? ReadHead(string gitDirectory)
    {
        string head = File.ReadAllText(Path.Combine(gitDirectory, "HEAD")).Trim();
        if (!head.StartsWith("ref:", StringComparison.Ordinal)) return IsSha(head) ? head : null; // detached HEAD
        string reference = head["ref:".Length..].Trim();
        string commonDirectory = CommonDirectory(gitDirectory);
        foreach (string directory in new[] { gitDirectory, commonDirectory }.Distinct())
        {
            string loose = Path.Combine(directory, reference);
            if (File.Exists(loose) && File.ReadAllText(loose).Trim() is var sha && IsSha(sha)) return sha;
        }
        string packed = Path.Combine(commonDirectory, "packed-refs");
        if (!File.Exists(packed)) return null;
        foreach (string line in File.ReadLines(packed))
        {
            string[] parts = line.Split(' ', 2);
            if (parts.Length == 2 && parts[1].Trim() == reference && IsSha(parts[0])) return parts[0];
        }
        return null;
    }

    static string CommonDirectory(string gitDirectory)
    {
        string file = Path.Combine(gitDirectory, "commondir");
        return File.Exists(file) ? Path.GetFullPath(File.ReadAllText(file).Trim(), gitDirectory) : gitDirectory;
    }

    static bool IsSha(string text) => text.Length is 40 or 64 && text.All(char.IsAsciiHexDigitLower);

    static string? AskGit(string folder)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["rev-parse", "HEAD"])
            {
                WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using var process = Process.Start(start);
            if (process is null) return null;
            string output = process.StandardOutput.ReadToEnd().Trim();
            if (!process.WaitForExit(5000)) { process.Kill(); return null; }
            return process.ExitCode == 0 && IsSha(output) ? output : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}

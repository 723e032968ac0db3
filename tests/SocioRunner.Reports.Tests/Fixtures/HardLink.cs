using System.Runtime.InteropServices;

namespace SocioRunner.Reports.Tests.Fixtures;

/// <summary>Real hard links (libc link(2)) and their link count (stat's st_nlink via <c>stat -c %h</c>), which .NET has no API for.</summary>
public static class HardLink
{
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    static extern int Link(string existing, string newPath);

    public static void Create(string existing, string newPath)
    {
        if (Link(existing, newPath) != 0)
            throw new IOException($"link({existing}, {newPath}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    public static int Count(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%h", path])
            { RedirectStandardOutput = true, UseShellExecute = false })!;
        string output = stat.StandardOutput.ReadToEnd();
        stat.WaitForExit();
        return int.Parse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

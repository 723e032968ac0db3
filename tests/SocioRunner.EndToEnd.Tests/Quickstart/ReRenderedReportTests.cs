using SocioRunner.Cli.Tests;

namespace SocioRunner.EndToEnd.Tests.Quickstart;

/// <summary>
/// <c>socio report &lt;run-dir&gt;</c> on the real quickstart run (every section and plot filled): the re-rendered report
/// equals the one the run's report node wrote, byte for byte — pages and every plot file. Compared are exactly the files
/// the report renderer writes (index.html, report.md, plots/); the browser test saves screenshot.png into the same
/// folder, which is not part of the report.
/// </summary>
[Collection(QuickstartCollection.Name)]
public sealed class ReRenderedReportTests(QuickstartRun quickstart)
{
    static SortedDictionary<string, byte[]> ReportFiles(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f))
            .Where(f => f is "index.html" or "report.md" || f.StartsWith("plots" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(folder, f))), StringComparer.Ordinal);

    [Fact]
    public async Task The_report_re_rendered_from_the_run_folder_equals_the_live_one()
    {
        Assert.True(quickstart.ExitCode == 0, quickstart.Output);
        string elsewhere = Path.Combine(quickstart.WorkingDirectory, "rerendered");

        var (exit, stdout, stderr) = await CliRunner.Run(quickstart.WorkingDirectory, "report", quickstart.RunDirectory, "--out", elsewhere);

        Assert.True(exit == 0, stdout + stderr);
        var live = ReportFiles(Path.Combine(quickstart.RunDirectory, "report"));
        var again = ReportFiles(elsewhere);
        Assert.True(live.Keys.Count(k => k.EndsWith(".png", StringComparison.Ordinal)) >= 5, string.Join(", ", live.Keys));
        Assert.Equal(live.Keys, again.Keys);
        Assert.Equal(File.ReadAllText(Path.Combine(quickstart.RunDirectory, "report", "report.md")), File.ReadAllText(Path.Combine(elsewhere, "report.md")));
        Assert.Equal(File.ReadAllText(Path.Combine(quickstart.RunDirectory, "report", "index.html")), File.ReadAllText(Path.Combine(elsewhere, "index.html")));
        Assert.All(live, file => Assert.True(file.Value.AsSpan().SequenceEqual(again[file.Key]), $"{file.Key} differs"));
    }
}

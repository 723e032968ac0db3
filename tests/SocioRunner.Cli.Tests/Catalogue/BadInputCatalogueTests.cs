namespace SocioRunner.Cli.Tests.Catalogue;

/// <summary>
/// The bad-input catalogue: every malformed experiment file, command line and data fixture goes through the real CLI
/// and must end with exit code 2, one error line naming the file and position (or key), no stack trace, the cache's
/// objects/ unchanged and no file written outside the case folder, the run folders and the cache.
/// </summary>
public sealed class BadInputCatalogueTests(CatalogueWorkspace workspace) : IClassFixture<CatalogueWorkspace>
{
    static readonly Dictionary<string, BadInputCase> Cases =
        ConfigCases.All().Concat(DataCases.All()).Concat(CheckpointCases.All()).Concat(HostileCases.All()).ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static TheoryData<string> CaseNames() => new(Cases.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void The_catalogue_holds_at_least_thirty_cases() => Assert.True(Cases.Count >= 30, $"{Cases.Count} cases");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Bad_input_fails_with_exit_2_and_one_line_naming_the_file_or_key(string name)
    {
        var badCase = Cases[name];
        var folder = workspace.NewCase(name);
        string[] args = badCase.Arrange(folder);
        var objectsBefore = workspace.ObjectsListing();
        var filesBefore = workspace.FilesOutsideRunAndCache();

        var (exit, stdout, stderr) = await CliRunner.Run(workspace.Root, args);

        string output = stdout + stderr;
        Assert.True(exit == 2, $"exit {exit}:\n{output}");
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("internal error", output);
        string errorLine = ErrorLine(stderr);
        foreach (string expected in badCase.MustName(folder))
            Assert.True(errorLine.Contains(expected, StringComparison.Ordinal), $"'{expected}' not in the error line:\n{errorLine}");
        Assert.Equal(objectsBefore, workspace.ObjectsListing());
        Assert.Equal(filesBefore, workspace.FilesOutsideRunAndCache());
        AssertRunFoldersStayInside();
    }

    /// <summary>Validation errors are the whole of stderr (one line); run-time errors are the line starting "error:" (a resume hint follows).</summary>
    static string ErrorLine(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var runError = lines.Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        if (runError.Count > 0) return Assert.Single(runError);
        return Assert.Single(lines);
    }

    void AssertRunFoldersStayInside()
    {
        string reports = Path.Combine(workspace.Root, "reports");
        if (!Directory.Exists(reports)) return;
        foreach (string experiment in Directory.EnumerateDirectories(reports))
            Assert.Equal(reports, Path.GetDirectoryName(Path.GetFullPath(experiment)));
        string parent = Path.GetDirectoryName(workspace.Root)!;
        Assert.Empty(Directory.EnumerateFileSystemEntries(parent, "*escaped*"));
    }
}

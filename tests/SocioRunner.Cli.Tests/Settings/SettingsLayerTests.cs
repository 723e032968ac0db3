namespace SocioRunner.Cli.Tests.Settings;

/// <summary>`socio config` through the real command line: which layer wins for each setting, and that it says so.</summary>
public sealed class SettingsLayerTests : IDisposable
{
    readonly SettingsWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    static string Line(string output, string key) =>
        output.Split('\n').Single(l => l.StartsWith(key + " ", StringComparison.Ordinal));

    [Fact]
    public async Task Without_any_settings_every_value_is_the_built_in_default()
    {
        workspace.WriteExperiment();
        var (exit, stdout, stderr) = await workspace.Run(null, "config", workspace.Experiment);

        Assert.True(exit == 0, stderr);
        Assert.Matches(@"^cache\s+\.socio/cache\s+default\s*$", Line(stdout, "cache"));
        Assert.Matches(@"^threads\s+0\s+default\s*$", Line(stdout, "threads"));
        Assert.Contains($"{workspace.UserFile} (not found)", stdout);
    }

    [Fact]
    public async Task Each_layer_overrides_the_ones_below_and_is_named()
    {
        File.WriteAllText(workspace.UserFile, "{\n  \"threads\": 1,\n  \"console\": \"plain\",\n  \"output\": \"user-reports\",\n  \"lock_timeout\": 5\n}\n");
        File.WriteAllText(workspace.ProjectFile, "{\n  // the project's shared cache\n  \"cache\": \"shared/cache\",\n  \"threads\": 3,\n  \"output\": \"project-reports\"\n}\n");
        workspace.WriteExperiment("device: cpu\n");
        var environment = new Dictionary<string, string?> { ["SOCIO_LOCK_TIMEOUT"] = "7", ["SOCIO_OUTPUT"] = "env-reports" };

        var (exit, stdout, stderr) = await workspace.Run(environment, "config", workspace.Experiment, "--output", "flag-reports");

        Assert.True(exit == 0, stderr);
        Assert.Matches(@"\s+plain\s+user file \(" + Escape(workspace.UserFile) + @":3\)", Line(stdout, "console"));
        Assert.Matches(@"\s+3\s+project file \(" + Escape(workspace.ProjectFile) + @":4\)", Line(stdout, "threads"));
        // A folder in a settings file is relative to that file, so the project's cache is the same from anywhere.
        Assert.Contains(Path.Combine(workspace.Root, "shared", "cache"), Line(stdout, "cache"));
        Assert.Matches(@"\s+cpu\s+experiment \(" + Escape(workspace.Experiment) + @":3:9\)", Line(stdout, "device"));
        Assert.Matches(@"\s+7\s+environment \(SOCIO_LOCK_TIMEOUT\)", Line(stdout, "lock_timeout"));
        Assert.Matches(@"\s+flag-reports\s+command line \(--output\)", Line(stdout, "output"));
        Assert.Matches(@"\s+local\s+default", Line(stdout, "launcher"));
        Assert.Contains($"project file: {workspace.ProjectFile}", stdout);
    }

    [Fact]
    public async Task A_run_uses_the_cache_and_output_of_the_project_file()
    {
        File.WriteAllText(workspace.ProjectFile, "{ \"cache\": \"project-cache\", \"output\": \"project-reports\", \"threads\": 1 }");
        workspace.WriteExperiment();

        var (exit, _, stderr) = await workspace.Run(null, "run", workspace.Experiment);

        Assert.True(exit == 0, stderr);
        Assert.NotEmpty(Directory.EnumerateDirectories(Path.Combine(workspace.Root, "project-cache", "objects")));
        string runJson = Directory.EnumerateFiles(Path.Combine(workspace.Root, "project-reports", "tiny"), "run.json", SearchOption.AllDirectories).Single();
        Assert.Contains("project-cache", File.ReadAllText(runJson));
        Assert.False(Directory.Exists(Path.Combine(workspace.Root, ".socio")));
    }

    static string Escape(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}

namespace SocioRunner.Cli.Tests.Settings;

/// <summary>A bad settings file or variable stops every command with exit 2 and one line naming where and which key.</summary>
public sealed class SettingsErrorTests : IDisposable
{
    readonly SettingsWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    async Task<string> FailingLine(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var (exit, stdout, stderr) = await workspace.Run(environment, args);
        Assert.True(exit == 2, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.DoesNotContain("   at ", stderr);
        return Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task An_unknown_key_in_the_user_file_names_the_file_line_and_key()
    {
        File.WriteAllText(workspace.UserFile, "{\n  \"threads\": 2,\n  \"cahce\": \"/tmp/x\"\n}\n");
        workspace.WriteExperiment();

        string line = await FailingLine(null, "validate", workspace.Experiment);

        Assert.StartsWith($"{workspace.UserFile}:3: unknown setting 'cahce' (did you mean 'cache'?)", line);
    }

    [Fact]
    public async Task A_wrong_type_in_the_project_file_names_the_file_line_and_key()
    {
        File.WriteAllText(workspace.ProjectFile, "{\n  \"threads\": \"many\"\n}\n");
        workspace.WriteExperiment();

        string line = await FailingLine(null, "run", workspace.Experiment);

        Assert.Equal($"{workspace.ProjectFile}:2: threads: expected an integer, got 'many'", line.TrimEnd());
        Assert.False(Directory.Exists(Path.Combine(workspace.Root, ".socio")), "nothing may be written");
    }

    [Fact]
    public async Task Broken_json_names_the_position()
    {
        File.WriteAllText(workspace.ProjectFile, "{\n  \"threads\": 2\n  \"cache\": \"x\"\n}\n");

        string line = await FailingLine(null, "config");

        Assert.StartsWith($"{workspace.ProjectFile}:3:", line);
        Assert.Contains("not valid JSON", line);
    }

    [Fact]
    public async Task A_nested_value_is_refused()
    {
        File.WriteAllText(workspace.UserFile, "{ \"cache\": { \"path\": \"x\" } }");

        string line = await FailingLine(null, "cache", "verify");

        Assert.StartsWith($"{workspace.UserFile}:1: cache: expected a single value", line);
    }

    [Fact]
    public async Task An_out_of_range_environment_variable_names_the_variable_and_key()
    {
        workspace.WriteExperiment();

        string line = await FailingLine(new Dictionary<string, string?> { ["SOCIO_THREADS"] = "-1" }, "plan", workspace.Experiment);

        Assert.Equal("SOCIO_THREADS: threads: must be between 0 and 4096", line.TrimEnd());
    }

    [Fact]
    public async Task A_bad_flag_value_names_the_flag()
    {
        workspace.WriteExperiment();

        string line = await FailingLine(null, "validate", workspace.Experiment, "--device", "gpu");

        Assert.Equal("--device: device: expected one of auto, cpu, cuda, got 'gpu'", line.TrimEnd());
    }

    [Fact]
    public async Task Other_socio_variables_are_not_settings_and_are_ignored()
    {
        workspace.WriteExperiment();
        var (exit, _, stderr) = await workspace.Run(new Dictionary<string, string?> { ["SOCIO_KEEP_E2E"] = "1" }, "validate", workspace.Experiment);
        Assert.True(exit == 0, stderr);
    }
}

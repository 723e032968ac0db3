using System.Text.Json.Nodes;

namespace SocioRunner.Cli.Tests.Settings;

/// <summary>
/// The input limits are settings like any other (user file, project file, SOCIO_* variables), and every run records
/// the settings that can change what it computes or accepts, with where each came from, in run.json.
/// </summary>
public sealed class InputLimitSettingsTests : IDisposable
{
    readonly SettingsWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    void WriteCityAndIncome() => File.WriteAllText(workspace.Experiment, """
        name: tiny
        seed: 7
        nodes:
          city: { kind: dataset/synthetic-city, tiles: 20, tile_size: 16, flair_patches: 0 }
          income: { kind: dataset/household-income, inputs: { raw: city } }
        """);

    [Fact]
    public async Task An_image_limit_in_the_project_file_stops_a_reader_before_decoding()
    {
        File.WriteAllText(workspace.ProjectFile, "{ \"image_max_side\": 10 }");
        WriteCityAndIncome();

        var (exit, stdout, stderr) = await workspace.Run(null, "run", workspace.Experiment);

        Assert.Equal(2, exit);
        string error = Assert.Single(stderr.Split('\n'), l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Contains("nodes.income", error);
        Assert.Contains("16 x 16 pixels, above the limit of 10 pixels per side", error);
        Assert.Contains("image_max_side", error);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }

    [Fact]
    public async Task A_yaml_limit_in_the_user_file_applies_to_validate_and_config_names_its_layer()
    {
        File.WriteAllText(workspace.UserFile, "{\n  \"yaml_max_depth\": 2\n}\n");
        WriteCityAndIncome();

        var (exit, _, stderr) = await workspace.Run(null, "validate", workspace.Experiment);
        var (configExit, config, configErr) = await workspace.Run(null, "config");

        Assert.Equal(2, exit);
        Assert.Contains("nested more than 2 levels deep (the limit: setting yaml_max_depth, SOCIO_YAML_MAX_DEPTH)", stderr);
        Assert.True(configExit == 0, configErr);
        Assert.Matches(@"^yaml_max_depth\s+2\s+user file \(" + System.Text.RegularExpressions.Regex.Escape(workspace.UserFile) + @":2\)",
            config.Split('\n').Single(l => l.StartsWith("yaml_max_depth ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_limit_of_the_wrong_type_is_one_line_naming_file_and_key()
    {
        File.WriteAllText(workspace.ProjectFile, "{ \"image_max_pixels\": \"many\" }");
        WriteCityAndIncome();

        var (exit, stdout, stderr) = await workspace.Run(null, "validate", workspace.Experiment);

        Assert.Equal(2, exit);
        Assert.Contains($"{workspace.ProjectFile}:1: image_max_pixels: expected an integer, got 'many'", stderr);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }

    [Fact]
    public async Task Run_json_records_the_settings_that_can_change_a_run_and_where_each_came_from()
    {
        File.WriteAllText(workspace.ProjectFile, "{\n  \"threads\": 1,\n  \"cache\": \"cache\"\n}\n");
        WriteCityAndIncome();
        var environment = new Dictionary<string, string?> { ["SOCIO_IMAGE_MAX_SIDE"] = "600" };

        var (exit, _, stderr) = await workspace.Run(environment, "run", workspace.Experiment);

        Assert.True(exit == 0, stderr);
        string runJson = Directory.EnumerateFiles(Path.Combine(workspace.Root, "reports", "tiny"), "run.json", SearchOption.AllDirectories).Single();
        var settings = JsonNode.Parse(File.ReadAllText(runJson))!["settings"]!.AsObject();
        Assert.Equal(["device", "threads", "yaml_max_depth", "yaml_max_values", "image_max_side", "image_max_pixels"], settings.Select(s => s.Key));
        Assert.Equal("1", (string?)settings["threads"]!["value"]);
        Assert.Equal($"project file ({workspace.ProjectFile}:2)", (string?)settings["threads"]!["from"]);
        Assert.Equal("600", (string?)settings["image_max_side"]!["value"]);
        Assert.Equal("environment (SOCIO_IMAGE_MAX_SIDE)", (string?)settings["image_max_side"]!["from"]);
        Assert.Equal(("auto", "default"), ((string?)settings["device"]!["value"], (string?)settings["device"]!["from"]));
        Assert.Equal("100000000", (string?)settings["image_max_pixels"]!["value"]);
    }
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter;
using Snapshooter.Xunit;
using SocioRunner.Cli.Infrastructure;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Graph;

namespace SocioRunner.Cli.Tests.Experiments;

/// <summary>
/// Every file in experiments/ is loaded, validated and resolved (defaults filled, interpolation applied) and compared
/// with a committed snapshot: a changed default shows up as a diff in review. No environment variable is set while
/// resolving, so the snapshot holds the files' own <c>${env:VAR,default}</c> fallbacks (e.g. <c>/data/paris-income</c>)
/// whatever the developer's or CI's environment holds.
/// </summary>
public sealed class ExperimentSnapshotTests
{
    static readonly string Experiments = Path.Combine(CliRunner.RepositoryRoot(), "experiments");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.EnumerateFiles(Experiments, "*.yaml").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    static string? Unset(string name) => null;

    static JsonNode Resolve(string file, Func<string, string?> environment)
    {
        using var services = SocioServices.Create(new ConsoleSettings { Interactive = false }).BuildServiceProvider();
        var experiment = ExperimentLoader.LoadOrThrow(Path.Combine(Experiments, file), [], environment);
        return RunManifest.ResolvedConfig(services.GetRequiredService<ExperimentPlanner>().PlanOrThrow(experiment));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Resolved_config_matches_snapshot(string file)
    {
        string resolved = Resolve(file, Unset).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        Snapshot.Match(resolved, SnapshotNameExtension.Create(Path.GetFileNameWithoutExtension(file)));
    }

    [Theory]
    [InlineData("paris_income.yaml", "income", "PARIS_INCOME_ROOT", "/data/paris-income")]
    [InlineData("paris_income.yaml", "concepts", "FLAIR_ROOT", "/data/flair")]
    [InlineData("netherlands_liveability.yaml", "liveability", "LIVEABILITY_ROOT", "/data/liveability")]
    [InlineData("netherlands_liveability.yaml", "concepts", "FLAIR_ROOT", "/data/flair")]
    public void Dataset_roots_default_to_the_documented_folder_and_follow_their_variable(string file, string node, string variable, string fallback)
    {
        Assert.Equal(fallback, Root(Resolve(file, Unset), node));
        Assert.Equal("/mnt/elsewhere", Root(Resolve(file, name => name == variable ? "/mnt/elsewhere" : null), node));
    }

    static string? Root(JsonNode config, string node) => (string?)config["nodes"]![node]!["options"]?["root"] ?? (string?)config["nodes"]![node]!["root"];
}

using Microsoft.Extensions.DependencyInjection;
using Snapshooter;
using Snapshooter.Xunit;
using SocioRunner.Cli.Infrastructure;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Graph;

namespace SocioRunner.Cli.Tests.Experiments;

/// <summary>
/// Every file in experiments/ is loaded, validated and resolved (defaults filled, interpolation applied with a
/// fixed environment) and compared with a committed snapshot: a changed default shows up as a diff in review.
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

    // Dataset roots come from the environment in the paper's experiments; tests pin them.
    static string? FixedEnvironment(string name) => $"/data/{name.ToLowerInvariant()}";

    [Theory]
    [MemberData(nameof(Files))]
    public void Resolved_config_matches_snapshot(string file)
    {
        using var services = SocioServices.Create(new ConsoleSettings { Interactive = false }).BuildServiceProvider();
        var experiment = ExperimentLoader.LoadOrThrow(Path.Combine(Experiments, file), [], FixedEnvironment);
        var plan = services.GetRequiredService<ExperimentPlanner>().PlanOrThrow(experiment);
        string resolved = RunManifest.ResolvedConfig(plan).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        Snapshot.Match(resolved, SnapshotNameExtension.Create(Path.GetFileNameWithoutExtension(file)));
    }
}

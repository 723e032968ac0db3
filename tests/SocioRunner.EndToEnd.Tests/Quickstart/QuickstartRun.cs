using System.Text.Json.Nodes;
using SocioRunner.Cli.Tests;

namespace SocioRunner.EndToEnd.Tests.Quickstart;

/// <summary>
/// Runs the real quickstart once (in a temporary working folder with its own cache and reports) and shares
/// the finished run with every test of the collection: the expensive part happens once.
/// </summary>
public sealed class QuickstartRun : IAsyncLifetime
{
    public string WorkingDirectory { get; } = Directory.CreateTempSubdirectory("socio-e2e-").FullName;
    public string ExperimentFile => Path.Combine(CliRunner.RepositoryRoot(), "experiments", "quickstart.yaml");
    public int ExitCode { get; private set; }
    public string Output { get; private set; } = "";
    public string RunDirectory { get; private set; } = "";
    public TimeSpan Duration { get; private set; }

    public async Task InitializeAsync()
    {
        var started = DateTime.UtcNow;
        var (exit, stdout, stderr) = await CliRunner.Run(WorkingDirectory, ExperimentFile);
        Duration = DateTime.UtcNow - started;
        (ExitCode, Output) = (exit, stdout + stderr);
        RunDirectory = LatestRun();
    }

    public string LatestRun() =>
        Directory.EnumerateDirectories(Path.Combine(WorkingDirectory, "reports", "quickstart")).Order(StringComparer.Ordinal).Last();

    public JsonNode RunJson(string runDirectory) => JsonNode.Parse(File.ReadAllText(Path.Combine(runDirectory, "run.json")))!;

    public string NodeFile(string nodeId, string file) => Path.Combine(RunDirectory, nodeId, file);

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("SOCIO_KEEP_E2E") is null)
            try { Directory.Delete(WorkingDirectory, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class QuickstartCollection : ICollectionFixture<QuickstartRun>
{
    public const string Name = "quickstart";
}

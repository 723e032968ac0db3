using System.Text.Json.Nodes;

namespace SocioRunner.Cli.Tests.Faults;

/// <summary>
/// A temporary working folder with a two-node experiment that runs in about a second (a tiny synthetic city and
/// the income reader over it), its cache in <c>cache/</c> and runs in <c>reports/</c>; helpers to run the CLI and read run.json.
/// </summary>
public sealed class TinyCacheWorkspace : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("socio-faults-").FullName;

    public string Cache => Path.Combine(Root, "cache");

    public string Objects => Path.Combine(Cache, "objects");

    public string Experiment(int tiles = 20) => Write($"tiny-{tiles}.yaml", $"""
        name: tiny
        seed: 3
        device: cpu
        nodes:
          city: {"{"} kind: dataset/synthetic-city, tiles: {tiles}, tile_size: 16, flair_patches: 0 {"}"}
          income: {"{"} kind: dataset/household-income, inputs: {"{"} raw: city {"}"} {"}"}
        """);

    public string Write(string name, string text)
    {
        string path = Path.Combine(Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    public Task<(int Exit, string Out, string Err)> Cli(params string[] args) => CliRunner.Run(Root, [.. args, "--cache", Cache]);

    public async Task<JsonNode> RunOk(string experiment, params string[] extra)
    {
        var (exit, stdout, stderr) = await Cli(["run", experiment, .. extra]);
        Assert.True(exit == 0, stdout + stderr);
        return LatestRun();
    }

    public JsonNode LatestRun()
    {
        string latest = Directory.EnumerateFiles(Path.Combine(Root, "reports"), "run.json", SearchOption.AllDirectories)
            .OrderBy(File.GetLastWriteTimeUtc).ThenBy(p => p, StringComparer.Ordinal).Last();
        return JsonNode.Parse(File.ReadAllText(latest))!;
    }

    public static string Status(JsonNode run, string node) => (string)run["nodes"]!.AsArray().First(n => (string?)n!["id"] == node)!["status"]!;

    public static string Key(JsonNode run, string node) => (string)run["nodes"]!.AsArray().First(n => (string?)n!["id"] == node)!["key"]!;

    public string ObjectDirectory(string key) => Path.Combine(Objects, key);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

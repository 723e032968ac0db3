namespace SocioRunner.Cli.Tests.Commands;

/// <summary>Bad input through the real CLI: exit code 2, one line per problem naming file and position, no stack trace, nothing cached.</summary>
public sealed class BadInputTests : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("socio-cli-").FullName;

    string Write(string name, string text)
    {
        string path = Path.Combine(root, name);
        File.WriteAllText(path, text);
        return path;
    }

    async Task<string> ExpectInvalid(params string[] args)
    {
        var (exit, _, err) = await CliRunner.Run(root, args);
        Assert.Equal(2, exit);
        Assert.DoesNotContain("   at ", err);                 // no stack trace
        Assert.False(Directory.Exists(Path.Combine(root, ".socio", "cache", "objects")), "nothing may be cached");
        return err.Trim();
    }

    [Theory]
    [InlineData("", "empty.yaml:1:1: the experiment file is empty")]
    [InlineData("name: x\nnodes: [\n", "YAML syntax error")]
    [InlineData("- a\n- b\n", "the top level must be a mapping")]
    [InlineData("name: x\nnodes:\n  a: { kind: report }\n  a: { kind: report }\n", "nodes.a: duplicate key 'a'")]
    [InlineData("name: x\nnodes:\n\ta: { kind: report }\n", ":3:1: YAML syntax error")]
    [InlineData("name: x\nnodes:\n  a: { kind: no/such-kind }\n", "nodes.a.kind: unknown node kind 'no/such-kind'")]
    public async Task Malformed_files_fail_with_one_located_line(string yaml, string expected)
    {
        string file = Write(yaml.Length == 0 ? "empty.yaml" : "bad.yaml", yaml);
        string err = await ExpectInvalid("run", file);
        Assert.Contains(expected, err);
        Assert.StartsWith(file, err);
        Assert.Single(err.Split('\n'));
    }

    [Fact]
    public async Task Missing_file_directory_and_bad_set_are_invalid_input()
    {
        Assert.Contains("experiment file not found", await ExpectInvalid("run", Path.Combine(root, "missing.yaml")));
        Assert.Contains("is a directory", await ExpectInvalid("validate", root));
        string file = Write("ok.yaml", "name: x\nnodes: {}\n");
        Assert.Contains("--set nodes.ghost.x=1: nodes.ghost.x: unknown node 'ghost'", await ExpectInvalid("run", file, "--set", "nodes.ghost.x=1"));
        Assert.Contains("--set seed=many: seed: expected an integer", await ExpectInvalid("run", file, "--set", "seed=many"));
        Assert.Contains("--force nope: no node named 'nope'", await ExpectInvalid("run", file, "--force", "nope"));
    }

    [Fact]
    public async Task Unknown_command_line_option_is_invalid_input() =>
        Assert.Contains("Unknown option 'bogus'", await ExpectInvalid("run", Write("ok.yaml", "name: x\nnodes: {}\n"), "--bogus"));

    [Fact]
    public async Task Empty_experiment_runs_and_validate_and_plan_succeed()
    {
        string file = Write("ok.yaml", "name: empty\nnodes: {}\n");
        Assert.Equal(0, (await CliRunner.Run(root, "validate", file)).Exit);
        Assert.Equal(0, (await CliRunner.Run(root, "plan", file)).Exit);
        var (exit, stdout, _) = await CliRunner.Run(root, file);
        Assert.Equal(0, exit);
        Assert.Contains("done: 0 nodes", stdout);
        Assert.True(File.Exists(Directory.EnumerateFiles(Path.Combine(root, "reports", "empty"), "run.json", SearchOption.AllDirectories).Single()));
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

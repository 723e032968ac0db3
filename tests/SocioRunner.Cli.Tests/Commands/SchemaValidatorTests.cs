using System.Diagnostics;

namespace SocioRunner.Cli.Tests.Commands;

/// <summary>
/// The generated JSON Schema accepts every experiment file of the repository under a real validator (Debian's
/// python3-jsonschema, draft-07, as editors use it), interpolations included, and still rejects a mistyped value.
/// Skipped where python3-jsonschema or python3-yaml is missing; CI installs them (.ci/install-test-tools).
/// </summary>
public sealed class SchemaValidatorTests
{
    const string Python = "/usr/bin/python3";

    // PyYAML reads YAML 1.1, where "5e-4" is a string; editors and our loader read YAML 1.2, where it is a number.
    const string Validator = """
        import json, re, sys, yaml, jsonschema
        loader = yaml.SafeLoader
        loader.add_implicit_resolver('tag:yaml.org,2002:float', re.compile(r'^[-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)$'), list('-+0123456789'))
        schema = json.load(open(sys.argv[1]))
        validator = jsonschema.Draft7Validator(schema)
        errors = 0
        for path in sys.argv[2:]:
            for error in validator.iter_errors(yaml.load(open(path), Loader=loader)):
                errors += 1
                print(f"{path}: {'.'.join(map(str, error.absolute_path))}: {error.message}")
        sys.exit(1 if errors else 0)
        """;

    [SkippableFact]
    public async Task Every_experiment_file_is_valid_under_a_real_JSON_Schema_validator()
    {
        Skip.IfNot(ModulesAvailable(), "python3-jsonschema or python3-yaml is not installed (apt-get install -y python3-jsonschema python3-yaml)");
        using var temp = new TempFolder();
        string schema = await WriteSchema(temp.Path);
        var experiments = Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot(), "experiments"), "*.yaml");
        Assert.NotEmpty(experiments);

        var (exit, output) = Validate(temp.Path, schema, experiments);

        Assert.True(exit == 0, output);
    }

    [SkippableFact]
    public async Task A_mistyped_value_is_still_rejected_while_its_interpolation_is_accepted()
    {
        Skip.IfNot(ModulesAvailable(), "python3-jsonschema or python3-yaml is not installed (apt-get install -y python3-jsonschema python3-yaml)");
        using var temp = new TempFolder();
        string schema = await WriteSchema(temp.Path);
        string good = Path.Combine(temp.Path, "good.yaml"), bad = Path.Combine(temp.Path, "bad.yaml");
        File.WriteAllText(good, "name: x\nseed: ${env:SEED,3}\nnodes:\n  city: { kind: dataset/synthetic-city, tiles: '${env:TILES,40}', noise_sd: 2.5e3 }\n");
        File.WriteAllText(bad, "name: x\nnodes:\n  city: { kind: dataset/synthetic-city, tiles: lots }\n");

        Assert.Equal(0, Validate(temp.Path, schema, [good]).Exit);
        var (exit, output) = Validate(temp.Path, schema, [bad]);
        Assert.Equal(1, exit);
        Assert.Contains("nodes.city.tiles", output);
    }

    static async Task<string> WriteSchema(string folder)
    {
        var (exit, _, err) = await CliRunner.Run(folder, "schema", "--out", "socio.schema.json");
        Assert.True(exit == 0, err);
        return Path.Combine(folder, "socio.schema.json");
    }

    static bool ModulesAvailable() => File.Exists(Python) && Run(Python, ["-c", "import jsonschema, yaml"]).Exit == 0;

    static (int Exit, string Output) Validate(string folder, string schema, IEnumerable<string> files)
    {
        string script = Path.Combine(folder, "validate.py");
        File.WriteAllText(script, Validator);
        return Run(Python, [script, schema, .. files]);
    }

    static (int Exit, string Output) Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using var process = CliRunner.StartProcess(start);
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("socio-schema-validate-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

using SocioRunner.Core.Errors;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Tests.TestKinds;

namespace SocioRunner.Core.Tests.Experiments;

/// <summary>Every bad input of the foundation issue: one precise problem line each, all reported together.</summary>
public sealed class ValidationTests : IDisposable
{
    readonly Fixture fixture = new();

    string Single(string yaml, IReadOnlyList<string>? overrides = null)
    {
        var problems = fixture.Problems(yaml, overrides);
        Assert.Single(problems);
        return problems[0].ToString().Replace(fixture.Root + "/", "");
    }

    [Fact]
    public void Empty_file() => Assert.Equal("exp.yaml:1:1: the experiment file is empty; it needs 'name' and 'nodes'", Single(""));

    [Fact]
    public void Not_yaml() => Assert.StartsWith("exp.yaml:3:1: YAML syntax error: unexpected end of file", Single("name: [unclosed\nnodes: {}\n"));

    [Fact]
    public void Top_level_list() => Assert.Equal("exp.yaml:1:1: the top level must be a mapping with 'name' and 'nodes', not a list", Single("- a\n- b\n"));

    [Fact]
    public void Duplicate_node_ids() =>
        Assert.Equal("exp.yaml:4:3: nodes.a: duplicate key 'a' (first defined at line 3)",
            Single("name: x\nnodes:\n  a: { kind: test/number }\n  a: { kind: test/number }\n"));

    [Fact]
    public void Duplicate_option_keys() =>
        Assert.Equal("exp.yaml:6:5: nodes.a.value: duplicate key 'value' (first defined at line 5)",
            Single("name: x\nnodes:\n  a:\n    kind: test/number\n    value: 1\n    value: 2\n"));

    [Fact]
    public void Tab_indentation_reports_the_line() =>
        Assert.StartsWith("exp.yaml:4:1: YAML syntax error:", Single("name: x\nnodes:\n  a:\n\tkind: test/number\n"));

    [Fact]
    public void Unknown_kind_suggests_the_nearest() =>
        Assert.Equal("exp.yaml:3:14: nodes.a.kind: unknown node kind 'test/numbr' (did you mean 'test/number'?); registered kinds: test/number, test/stamp, test/sum, test/text",
            Single("name: x\nnodes:\n  a: { kind: test/numbr }\n"));

    [Fact]
    public void Unknown_option_suggests_the_nearest() =>
        Assert.Equal("exp.yaml:3:27: nodes.a.valu: unknown option (did you mean 'value'?); options: value, fail, mode, tags, delay_milliseconds",
            Single("name: x\nnodes:\n  a: { kind: test/number, valu: 3 }\n"));

    [Fact]
    public void Wrong_type() =>
        Assert.Equal("exp.yaml:3:34: nodes.a.value: expected an integer, got 'three'", Single("name: x\nnodes:\n  a: { kind: test/number, value: three }\n"));

    [Fact]
    public void Out_of_range() =>
        Assert.Equal("exp.yaml:3:34: nodes.a.value: must be between 0 and 1000", Single("name: x\nnodes:\n  a: { kind: test/number, value: 5000 }\n"));

    [Fact]
    public void Bad_enum_value() =>
        Assert.Equal("exp.yaml:3:33: nodes.a.mode: expected one of plus-one, double; got 'triple'", Single("name: x\nnodes:\n  a: { kind: test/number, mode: triple }\n"));

    [Fact]
    public void Input_naming_itself() =>
        Assert.Equal("exp.yaml:3:41: nodes.s.inputs.terms: a node cannot take its own output as input",
            Single("name: x\nnodes:\n  s: { kind: test/sum, inputs: { terms: s } }\n"));

    [Fact]
    public void Input_naming_a_missing_node() =>
        Assert.Equal("exp.yaml:4:41: nodes.s.inputs.terms: no node named 'nmber' (did you mean 'number'?)",
            Single("name: x\nnodes:\n  number: { kind: test/number }\n  s: { kind: test/sum, inputs: { terms: nmber } }\n"));

    [Fact]
    public void Input_of_the_wrong_artifact_type() =>
        Assert.Equal("exp.yaml:4:41: nodes.s.inputs.terms: 't' (test/text) produces a text artifact; this input takes number",
            Single("name: x\nnodes:\n  t: { kind: test/text }\n  s: { kind: test/sum, inputs: { terms: t } }\n"));

    [Fact]
    public void Missing_required_input() =>
        Assert.Equal("exp.yaml:3:3: nodes.s.inputs.terms: missing required input (number artifact)", Single("name: x\nnodes:\n  s: { kind: test/sum }\n"));

    [Fact]
    public void Three_node_cycle() =>
        Assert.Contains("cycle in the graph: b -> c -> a -> b",
            Single("name: x\nnodes:\n  a: { kind: test/sum, inputs: { terms: c } }\n  b: { kind: test/sum, inputs: { terms: a } }\n  c: { kind: test/sum, inputs: { terms: b } }\n"));

    [Fact]
    public void Missing_env_variable() =>
        Assert.Equal("exp.yaml:3:34: nodes.a.tags[0]: environment variable SOCIO_TEST_UNSET is not set (set it, or write ${env:SOCIO_TEST_UNSET,default})",
            Single("name: x\nnodes:\n  a: { kind: test/number, tags: [\"${env:SOCIO_TEST_UNSET}\"] }\n"));

    [Fact]
    public void Unknown_set_path() =>
        Assert.Equal("--set nodes.b.value=3: nodes.b.value: unknown node 'b' (did you mean 'a'?)",
            Single("name: x\nnodes:\n  a: { kind: test/number }\n", ["nodes.b.value=3"]));

    [Fact]
    public void Set_value_of_the_wrong_type() =>
        Assert.Equal("--set nodes.a.value=lots: nodes.a.value: expected an integer, got 'lots'",
            Single("name: x\nnodes:\n  a: { kind: test/number }\n", ["nodes.a.value=lots"]));

    [Fact]
    public void Set_of_an_unknown_option_is_reported_at_the_command_line() =>
        Assert.StartsWith("--set nodes.a.epochs=3: nodes.a.epochs: unknown option",
            Single("name: x\nnodes:\n  a: { kind: test/number }\n", ["nodes.a.epochs=3"]));

    [Fact]
    public void All_problems_are_reported_together()
    {
        var problems = fixture.Problems("name: x\nnodez: 1\nnodes:\n  a: { kind: nope }\n  b: { kind: test/number, value: -1 }\n  s: { kind: test/sum, inputs: { terms: zz } }\n");
        Assert.Equal(4, problems.Count); // nodez, unknown kind, value out of range, missing input node
    }

    [Fact]
    public void Unsafe_names_are_rejected() =>
        Assert.Contains("node ids must be", Single("name: x\nnodes:\n  ../evil: { kind: test/number }\n"));

    [Fact]
    public void Missing_file_directory_and_unreadable_file_are_one_line_errors()
    {
        var missing = Assert.Throws<InvalidInputException>(() => ExperimentLoader.LoadOrThrow(Path.Combine(fixture.Root, "nope.yaml"), [], _ => null));
        Assert.EndsWith("nope.yaml: experiment file not found", missing.Message);
        var directory = Assert.Throws<InvalidInputException>(() => ExperimentLoader.LoadOrThrow(fixture.Root, [], _ => null));
        Assert.Contains("is a directory", directory.Message);
        // Root can read any file, so unreadability is simulated by a read that fails with an I/O error.
        var unreadable = Assert.Throws<InvalidInputException>(() =>
            ExperimentLoader.LoadOrThrow(fixture.Write("name: x\nnodes: {}\n"), [], _ => null, _ => throw new UnauthorizedAccessException("Access denied")));
        Assert.Contains("cannot read the experiment file (Access denied)", unreadable.Message);
        Assert.DoesNotContain("\n", unreadable.Message);
    }

    public void Dispose() => fixture.Dispose();
}

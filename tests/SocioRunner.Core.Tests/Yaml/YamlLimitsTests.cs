using SocioRunner.Core.Errors;
using SocioRunner.Core.Inputs;
using SocioRunner.Core.Yaml;

namespace SocioRunner.Core.Tests.Yaml;

public sealed class YamlLimitsTests
{
    static (YamlValue? Tree, List<ConfigProblem> Problems) Read(string text, InputLimits limits)
    {
        var problems = new List<ConfigProblem>();
        return (YamlTreeReader.Read(text, "x.yaml", problems, limits), problems);
    }

    [Fact]
    public void Aliases_count_their_expanded_size_against_the_limit()
    {
        // The document, two keys, the anchored list (4) and the list of ten aliases (1 + 10 * 4): 48 values once expanded.
        string text = "a: &a [x, y, z]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n";
        var (tree, problems) = Read(text, new InputLimits { YamlMaxValues = 48 });
        Assert.NotNull(tree);
        Assert.Empty(problems);

        (tree, problems) = Read(text, new InputLimits { YamlMaxValues = 47 });
        Assert.Null(tree);
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Location.Line);
        Assert.Contains("more than 47 values", problem.Message);
    }

    [Fact]
    public void An_alias_shares_its_anchor_tree_instead_of_copying_it()
    {
        var (tree, _) = Read("a: &a [x]\nb: *a\n", InputLimits.Default);
        var map = Assert.IsType<YamlMapping>(tree);
        Assert.Same(map["a"], map["b"]);
    }

    [Fact]
    public void Nesting_at_the_limit_is_read_and_one_level_deeper_is_refused_at_its_position()
    {
        var limits = new InputLimits { YamlMaxDepth = 5 };
        var (tree, problems) = Read("v: [[[[1]]]]\n", limits); // mapping + 4 lists = 5 levels
        Assert.NotNull(tree);
        Assert.Empty(problems);

        (tree, problems) = Read("v: [[[[[1]]]]]\n", limits);
        Assert.Null(tree);
        var problem = Assert.Single(problems);
        Assert.Equal("x.yaml:1:8", problem.Location.ToString());
        Assert.Contains("nested more than 5 levels", problem.Message);
    }

    [Fact]
    public void Twenty_thousand_levels_end_in_one_problem_not_a_stack_overflow()
    {
        var (tree, problems) = Read("v: " + new string('[', 20_000) + new string(']', 20_000), InputLimits.Default);
        Assert.Null(tree);
        Assert.Contains("SOCIO_YAML_MAX_DEPTH", Assert.Single(problems).Message);
    }
}

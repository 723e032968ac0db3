using SocioRunner.Core.Tests.TestKinds;

namespace SocioRunner.Core.Tests.Experiments;

public sealed class InterpolationTests : IDisposable
{
    readonly Fixture fixture = new();

    static Tests.TestKinds.NumberOptions Options(Core.Graph.ExperimentPlan plan, string id) => (NumberOptions)plan[id].Options;

    [Fact]
    public void Env_variables_defaults_and_node_references_resolve()
    {
        var env = new Dictionary<string, string> { ["SOCIO_VALUE"] = "12", ["SOCIO_TAG"] = "paris" };
        var plan = fixture.Plan("""
            name: x
            nodes:
              a: { kind: test/number, value: "${env:SOCIO_VALUE}", tags: ["city-${env:SOCIO_TAG}", "${env:SOCIO_MISSING,fallback}"] }
              b: { kind: test/number, value: "${nodes.a.value}", tags: "${nodes.a.tags}" }
            """, env: name => env.GetValueOrDefault(name));
        Assert.Equal(12, Options(plan, "a").Value);
        Assert.Equal(["city-paris", "fallback"], Options(plan, "a").Tags);
        Assert.Equal(12, Options(plan, "b").Value);
        Assert.Equal(["city-paris", "fallback"], Options(plan, "b").Tags);
    }

    [Fact]
    public void Overrides_apply_before_validation_and_interpolation()
    {
        var plan = fixture.Plan("name: x\nnodes:\n  a: { kind: test/number, value: 1 }\n  b: { kind: test/number, value: \"${nodes.a.value}\" }\n",
            ["nodes.a.value=9", "nodes.a.tags=[x, y]", "seed=5"]);
        Assert.Equal(9, Options(plan, "b").Value);
        Assert.Equal(["x", "y"], Options(plan, "a").Tags);
        Assert.Equal(5, plan.Experiment.Seed);
    }

    [Fact]
    public void A_reference_to_an_unset_option_names_it()
    {
        var problems = fixture.Problems("name: x\nnodes:\n  a: { kind: test/number }\n  b: { kind: test/number, value: \"${nodes.a.value}\" }\n");
        Assert.Contains("${nodes.a.value}: 'value' is not set in the experiment file", Assert.Single(problems).Message);
    }

    [Fact]
    public void Self_referencing_interpolation_is_reported_not_looped()
    {
        var problems = fixture.Problems("name: x\nnodes:\n  a: { kind: test/number, value: \"${nodes.b.value}\" }\n  b: { kind: test/number, value: \"${nodes.a.value}\" }\n");
        Assert.Contains(problems, p => p.Message.Contains("refers to itself"));
    }

    public void Dispose() => fixture.Dispose();
}

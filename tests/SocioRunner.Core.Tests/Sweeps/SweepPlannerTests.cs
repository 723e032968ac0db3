using SocioRunner.Core.Errors;
using SocioRunner.Core.Graph;
using SocioRunner.Core.Sweeps;
using SocioRunner.Core.Tests.TestKinds;

namespace SocioRunner.Core.Tests.Sweeps;

/// <summary>Sweep expansion by the planner: grid x variants x --multirun lists, shared keys, and bad input at its position.</summary>
public sealed class SweepPlannerTests : IDisposable
{
    readonly Fixture fixture = new();

    const string Graph = "name: s\nnodes:\n  a: { kind: test/number, value: 5 }\n  b: { kind: test/sum, inputs: { terms: a } }\n";

    SweepPlan Plan(string yaml, params string[] sets) =>
        new SweepPlanner(new ExperimentPlanner(fixture.Registry)).PlanOrThrow(fixture.Write(yaml), sets, _ => null, _ => "cpu");

    InvalidInputException Fails(string yaml, params string[] sets) =>
        Assert.Throws<InvalidInputException>(() => Plan(yaml, sets));

    [Fact]
    public void A_grid_in_the_file_expands_to_every_combination_with_the_last_axis_fastest()
    {
        var plan = Plan(Graph + "sweep:\n  grid:\n    nodes.b.mode: [plus-one, double]\n    seed: [1, 2, 3]\n");

        Assert.Equal(6, plan.Members.Count);
        Assert.Equal(["b.mode=plus-one seed=1", "b.mode=plus-one seed=2", "b.mode=plus-one seed=3", "b.mode=double seed=1"],
            plan.Members.Take(4).Select(m => m.Member.Label));
        Assert.Equal(["nodes.b.mode=double", "seed=1"], plan.Members[3].Member.SetArguments);
        Assert.Equal("1", plan.Members[3].Member.Seed);
        Assert.Equal("b.mode=double", plan.Members[3].Member.VariantKey);
    }

    [Fact]
    public void Multirun_comma_lists_join_the_files_grid_after_its_axes_and_single_values_apply_to_every_member()
    {
        var plan = Plan(Graph + "sweep:\n  grid:\n    seed: [1, 2]\n", "nodes.a.value=7,8", "nodes.b.mode=double");

        Assert.Equal(4, plan.Members.Count);
        Assert.Equal(["nodes.b.mode=double"], plan.FixedSets);
        Assert.All(plan.Members, m => Assert.Equal("Double", ((NumberOptions)m.Plan["b"].Options).Mode.ToString()));
        Assert.Equal([7, 8, 7, 8], plan.Members.Select(m => ((NumberOptions)m.Plan["a"].Options).Value));
    }

    [Fact]
    public void Members_that_differ_only_downstream_share_the_upstream_key_which_counts_once()
    {
        var plan = Plan(Graph, "nodes.b.mode=plus-one,double");

        Assert.Equal(2, plan.Members.Count);
        Assert.Equal(plan.Members[0].Keys["a"], plan.Members[1].Keys["a"]);
        Assert.NotEqual(plan.Members[0].Keys["b"], plan.Members[1].Keys["b"]);
        var shared = Assert.Single(plan.SharedKeys);
        Assert.Equal(plan.Members[0].Keys["a"], shared.Key);
        Assert.Equal((4, 3), (plan.TotalNodes, plan.DistinctNodes));
    }

    [Fact]
    public void Explicit_variants_are_crossed_with_the_grid()
    {
        var plan = Plan(Graph + "sweep:\n  variants:\n    - { nodes.a.value: 1 }\n    - { nodes.a.value: 2, nodes.b.mode: double }\n  grid:\n    seed: [1, 2]\n");

        Assert.Equal(["a.value=1 seed=1", "a.value=1 seed=2", "a.value=2 b.mode=double seed=1", "a.value=2 b.mode=double seed=2"],
            plan.Members.Select(m => m.Member.Label));
    }

    [Fact]
    public void A_wrong_typed_value_in_the_sweep_section_is_reported_at_its_line_once()
    {
        var error = Fails(Graph + "sweep:\n  grid:\n    nodes.a.value: [1, lots]\n    seed: [1, 2]\n");

        var problem = Assert.Single(error.Problems);
        Assert.Equal("exp.yaml:7:24", problem.Location.ToString().Replace(fixture.Root + "/", ""));
        Assert.Equal("nodes.a.value", problem.Path);
        Assert.Equal(ExitCodes.InvalidInput, error.ExitCode);
    }

    [Fact]
    public void A_swept_path_that_does_not_exist_names_the_set_argument()
    {
        var error = Fails(Graph, "nodes.c.value=1,2");

        var problem = Assert.Single(error.Problems);
        Assert.Equal("--set nodes.c.value=1,2", problem.Location.ToString());
        Assert.Contains("unknown node 'c'", problem.Message);
    }

    [Fact]
    public void A_swept_path_of_the_sweep_section_that_does_not_exist_is_reported_once_at_its_line()
    {
        var error = Fails(Graph + "sweep:\n  grid:\n    nodes.c.value: [1, 2]\n    seed: [1, 2]\n");

        var problem = Assert.Single(error.Problems);
        Assert.Equal(7, problem.Location.Line);
        Assert.Equal("nodes.c.value", problem.Path);
        Assert.Contains("unknown node 'c'", problem.Message);
    }

    [Fact]
    public void A_wrong_typed_value_given_by_set_names_the_set_argument_once()
    {
        var error = Fails(Graph, "nodes.a.value=1,lots", "seed=1,2");

        var problem = Assert.Single(error.Problems);
        Assert.Equal("--set nodes.a.value=1,lots", problem.Location.ToString());
        Assert.Equal("nodes.a.value", problem.Path);
        Assert.Equal(ExitCodes.InvalidInput, error.ExitCode);
    }

    [Fact]
    public void An_unknown_option_in_the_sweep_section_suggests_the_nearest()
    {
        var error = Fails(Graph + "sweep:\n  grid:\n    nodes.a.valeu: [1, 2]\n");

        Assert.Contains(error.Problems, p => p.Path == "nodes.a.valeu" && p.Message.Contains("did you mean 'value'") && p.Location.Line == 7);
    }

    [Fact]
    public void An_empty_sweep_is_an_input_error()
    {
        Assert.Contains("empty list", Assert.Single(Fails(Graph + "sweep:\n  grid:\n    seed: []\n").Problems).Message); // one problem, not also "empty sweep"
        Assert.Contains(Fails(Graph + "sweep: {}\n").Problems, p => p.Message.Contains("empty sweep"));
        Assert.Contains(Fails(Graph).Problems, p => p.Message.Contains("empty sweep: --multirun needs"));
    }

    [Fact]
    public void Unknown_keys_of_the_sweep_section_are_reported_with_a_suggestion()
    {
        var error = Fails(Graph + "sweep:\n  grid: { seed: [1, 2] }\n  paralel: 2\n");
        Assert.Contains(error.Problems, p => p.Path == "sweep.paralel" && p.Message.Contains("did you mean 'parallel'"));
    }

    [Fact]
    public void The_sweep_identity_is_stable_and_changes_with_the_members()
    {
        string yaml = Graph + "sweep:\n  grid:\n    seed: [1, 2]\n";
        Assert.Equal(Plan(yaml).Identity, Plan(yaml).Identity);
        Assert.NotEqual(Plan(yaml).Identity, Plan(Graph + "sweep:\n  grid:\n    seed: [1, 3]\n").Identity);
    }

    [Fact]
    public void Without_multirun_a_file_with_a_sweep_section_loads_as_its_base_experiment()
    {
        var plan = fixture.Plan(Graph + "sweep:\n  grid:\n    seed: [1, 2]\n");
        Assert.Equal(2, plan.Nodes.Count);
        Assert.NotNull(plan.Experiment.SweepSection);
    }

    public void Dispose() => fixture.Dispose();
}

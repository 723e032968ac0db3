using SocioRunner.Explain.Tcav;
using SocioRunner.Explain.Tcav.Analysis;
using SocioRunner.Explain.Tests.Support;
using AttributionMethod = SocioRunner.Explain.Tcav.Attribution.AttributionMethod;

namespace SocioRunner.Explain.Tests.Tcav.Analysis;

/// <summary>
/// Per-interval TCAV scores at a layer whose attribution is the same for every input repeat the overall score by
/// construction; the run must say so rather than present five identical numbers as an analysis by outcome.
/// </summary>
public sealed class InputIndependentAttributionTests
{
    static readonly TcavOptions Small = new() { Repeats = 3, RandomSetSize = 8, RandomPoolSize = 30, BatchSize = 8 };

    [Fact]
    public void Identical_rows_up_to_float_noise_are_the_same_for_every_input()
    {
        float[][] rows = [[1f, -2f, 3f], [1f, -2f, 3f + 1e-6f], [1f + 1e-6f, -2f, 3f]];
        Assert.True(InputIndependentAttribution.IsSameForEveryInput(rows));
    }

    [Fact]
    public void One_input_that_differs_makes_the_attribution_input_dependent()
    {
        float[][] rows = [[1f, -2f, 3f], [1f, -2f, 3f], [1f, -2f, 3.01f]];
        Assert.False(InputIndependentAttribution.IsSameForEveryInput(rows));
    }

    [Fact]
    public void A_single_input_proves_nothing()
    {
        Assert.False(InputIndependentAttribution.IsSameForEveryInput([[1f, 2f]]));
    }

    [Fact]
    public void Gradient_at_the_pooled_layer_before_the_linear_head_warns_that_intervals_repeat_the_overall_score()
    {
        using var world = new TinyTcavWorld();

        var context = NodeRunner.Run(new TcavNode(), Small with { Attribution = AttributionMethod.Gradient, Layers = ["avgpool"] }, world.Output, world.Inputs);

        var warning = (string)Assert.Single(context.Summary["warnings"]!.AsArray())!;
        Assert.StartsWith("layer avgpool: the attribution is the same for every input", warning);
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(world.Output, "tcav.json")))!;
        Assert.Equal(warning, (string)json["warnings"]![0]!);
        // What the warning claims: every interval's sign count is the overall one.
        var rows = File.ReadAllLines(Path.Combine(world.Output, "tcav_intervals.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == "red").Select(f => f[6]).ToArray();
        Assert.Equal(5, rows.Length);
        Assert.Single(rows.Distinct());
    }

    [Theory]
    [InlineData("block1", AttributionMethod.Gradient)]
    [InlineData("avgpool", AttributionMethod.IntegratedGradients)]
    public void An_input_dependent_attribution_carries_no_such_warning(string layer, AttributionMethod attribution)
    {
        using var world = new TinyTcavWorld();

        var context = NodeRunner.Run(new TcavNode(), Small with { Attribution = attribution, Layers = [layer] }, world.Output, world.Inputs);

        Assert.DoesNotContain(context.Summary["warnings"]!.AsArray(), w => ((string)w!).Contains("the same for every input"));
    }

    [Fact]
    public void One_interval_needs_no_warning()
    {
        using var world = new TinyTcavWorld();

        var context = NodeRunner.Run(new TcavNode(), Small with { Attribution = AttributionMethod.Gradient, Layers = ["avgpool"], Intervals = 1 }, world.Output, world.Inputs);

        Assert.Empty(context.Summary["warnings"]!.AsArray());
    }
}

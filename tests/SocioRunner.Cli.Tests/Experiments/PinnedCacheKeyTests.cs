using Microsoft.Extensions.DependencyInjection;
using SocioRunner.Cli.Infrastructure;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Graph;

namespace SocioRunner.Cli.Tests.Experiments;

/// <summary>
/// Cache keys of a fixed config over the real node kinds, pinned as literals. A key covers the kind's version, its
/// options with every default filled in, its inputs' keys, its seed and the device: if one of these moves by accident
/// (a default changed without anyone noticing, an option renamed, a kind's code changed without a version bump that
/// should have had one) every user's cache silently stops matching, and this test fails.
/// A key here may legitimately change when the kind's options or defaults change on purpose, or its Version is
/// bumped because its output changed; update the literal in the same commit and say why in its message. (Core's
/// CacheKeyTests pins the recipe itself, independently of the real kinds.)
/// </summary>
public sealed class PinnedCacheKeyTests : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("socio-keys-").FullName;

    const string Experiment = """
        name: pinned
        seed: 7
        device: cpu
        nodes:
          city: { kind: dataset/synthetic-city, tiles: 60, flair_patches: 10 }
          income: { kind: dataset/household-income, inputs: { raw: city } }
          encoder: { kind: encoder/small-cnn, widths: [8, 16] }
          pretrain: { kind: train/rnc, inputs: { dataset: income, encoder: encoder }, epochs: 3 }
        """;

    [Theory]
    [InlineData("city", "b4b11247f304f0097cb3673075462834daae3e18b5d8d36dcf6572866d499544")]
    [InlineData("income", "123f36673bdf65419bd59ff138cc1feb0828b0a067166578bed9f9b8a60d7c2a")]
    [InlineData("encoder", "ded49b9203752ccc5056da1ece92b3420db337fe213bc31c2c96372c2dcf1c25")]
    [InlineData("pretrain", "3e50bbb828747a63bf50f32fad8fddd87cba6b354a6e28524688de7677acb2fd")]
    public void Key_of_a_fixed_node_is_pinned(string node, string expected)
    {
        string file = Path.Combine(root, "pinned.yaml");
        File.WriteAllText(file, Experiment);
        using var services = SocioServices.Create(new ConsoleSettings { Interactive = false }).BuildServiceProvider();
        var plan = services.GetRequiredService<ExperimentPlanner>().PlanOrThrow(ExperimentLoader.LoadOrThrow(file, [], _ => null));

        string actual = CacheKey.ComputeAll(plan, "cpu")[node];
        Assert.True(actual == expected, $"the cache key of '{node}' changed to {actual}: read this class's summary before updating the literal");
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

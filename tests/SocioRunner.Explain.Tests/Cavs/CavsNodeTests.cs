using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Errors;
using SocioRunner.Explain.Cavs;
using SocioRunner.Explain.Tcav;
using SocioRunner.Explain.Tests.Support;

namespace SocioRunner.Explain.Tests.Cavs;

public sealed class CavsNodeTests
{
    [Fact]
    public void Cavs_from_explain_cavs_give_the_same_tcav_results_as_training_inline()
    {
        using var world = new TinyTcavWorld();
        var options = new TcavOptions { Repeats = 3, RandomSetSize = 8, RandomPoolSize = 30, BatchSize = 8 };
        NodeRunner.Run(new TcavNode(), options, world.Output, world.Inputs);
        string cavsOut = world.Output + "-cavs";
        NodeRunner.Run(new CavsNode(), (CavsOptions)options, cavsOut, new Dictionary<string, ArtifactHandle> { ["model"] = world.Model, ["concepts"] = world.Concepts, ["data"] = world.Data });
        string reused = world.Output + "-reused";

        NodeRunner.Run(new TcavNode(), options with { Intervals = 2 }, reused, new Dictionary<string, ArtifactHandle>
        {
            ["model"] = world.Model, ["data"] = world.Data, ["cavs"] = NodeRunner.Handle(cavsOut, CavsNode.ArtifactType),
        });

        // Same CAVs, same scores and unadjusted tests; the adjusted p differs, since 2 intervals instead of 5 change the
        // family of scores corrected together.
        Assert.Equal(File.ReadAllText(Path.Combine(world.Output, "tcav_repeats.csv")), File.ReadAllText(Path.Combine(reused, "tcav_repeats.csv")));
        Assert.Equal(UpToPValue(Path.Combine(world.Output, "tcav_significance.csv")), UpToPValue(Path.Combine(reused, "tcav_significance.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(world.Output, "cav_accuracy.csv")), File.ReadAllText(Path.Combine(cavsOut, "cav_accuracy.csv")));
        Assert.Equal(1 + (3 + 1) * 2, File.ReadAllLines(Path.Combine(reused, "tcav_intervals.csv")).Length);
    }

    static string[] UpToPValue(string path)
    {
        var lines = File.ReadAllLines(path);
        int column = Array.IndexOf(lines[0].Split(','), "p_value");
        return lines.Select(l => string.Join(',', l.Split(',').Take(column + 1))).ToArray();
    }

    [Fact]
    public void Missing_layer_in_the_cavs_input_lists_its_layers()
    {
        using var world = new TinyTcavWorld();
        string cavsOut = world.Output + "-cavs";
        NodeRunner.Run(new CavsNode(), new CavsOptions { Repeats = 0 }, cavsOut, new Dictionary<string, ArtifactHandle> { ["model"] = world.Model, ["concepts"] = world.Concepts });

        var error = Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new TcavNode(), new TcavOptions { Repeats = 0, Layers = ["block2"] }, world.Output,
            new Dictionary<string, ArtifactHandle> { ["model"] = world.Model, ["data"] = world.Data, ["cavs"] = NodeRunner.Handle(cavsOut, CavsNode.ArtifactType) }));

        Assert.Contains("no CAVs for layer 'block2'; it has: avgpool", error.Message);
    }
}

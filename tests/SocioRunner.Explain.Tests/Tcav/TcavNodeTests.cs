using Microsoft.Extensions.Logging;
using SocioRunner.Core.Errors;
using SocioRunner.Explain.Tcav;
using SocioRunner.Explain.Tests.Support;

namespace SocioRunner.Explain.Tests.Tcav;

public sealed class TcavNodeTests
{
    static readonly TcavOptions Small = new() { Repeats = 3, RandomSetSize = 8, RandomPoolSize = 30, BatchSize = 8 };

    [Fact]
    public void Writes_every_file_of_the_tcav_artifact()
    {
        using var world = new TinyTcavWorld();

        var context = NodeRunner.Run(new TcavNode(), Small, world.Output, world.Inputs);

        string[] files =
        [
            "tcav_results_avgpool.csv", "cav_accuracy.csv", "avgpool_cosine_sim_instances_cavs.csv", "avgpool_cavs_activations.csv",
            "predictions.csv", "tcav_significance.csv", "tcav_repeats.csv", "tcav_intervals.csv", "tcav_per_input.csv", "cavs/avgpool.json",
        ];
        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(world.Output, f)), f));
        var significance = File.ReadAllLines(Path.Combine(world.Output, "tcav_significance.csv"));
        Assert.StartsWith("concept,layer,sign_count_mean,sign_count_std,random_mean,p_value,p_adjusted,significant,direction", significance[0]);
        Assert.Equal(["red", "green", "blue", "random_control"], significance.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal("image_id,label,prediction,red,green,blue", File.ReadLines(Path.Combine(world.Output, "tcav_per_input.csv")).First());
        Assert.Equal(21, File.ReadAllLines(Path.Combine(world.Output, "predictions.csv")).Length);
        Assert.Equal(1 + 3 * 5, File.ReadAllLines(Path.Combine(world.Output, "tcav_intervals.csv")).Length);
        Assert.Equal(1 + 3 * 20, File.ReadAllLines(Path.Combine(world.Output, "tcav_results_avgpool.csv")).Length);
        Assert.Equal(1 + 3 * 3 + 2 * 3, File.ReadAllLines(Path.Combine(world.Output, "tcav_repeats.csv")).Length);
        Assert.True(context.Metrics.ContainsKey("tcav_red_sign_count"));
    }

    [Fact]
    public void Same_seed_gives_identical_results()
    {
        using var world = new TinyTcavWorld();
        NodeRunner.Run(new TcavNode(), Small with { Attribution = Explain.Tcav.Attribution.AttributionMethod.Gradient }, world.Output, world.Inputs);
        var first = File.ReadAllText(Path.Combine(world.Output, "tcav_repeats.csv"));
        string second = world.Output + "2";

        NodeRunner.Run(new TcavNode(), Small with { Attribution = Explain.Tcav.Attribution.AttributionMethod.Gradient }, second, world.Inputs);

        Assert.Equal(first, File.ReadAllText(Path.Combine(second, "tcav_repeats.csv")));
    }

    [Fact]
    public void Unknown_layer_lists_the_available_layers()
    {
        using var world = new TinyTcavWorld();

        var error = Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new TcavNode(), Small with { Layers = ["layer9"] }, world.Output, world.Inputs));

        Assert.Contains("'layer9'", error.Message);
        Assert.Contains("avgpool", error.Message);
        Assert.Contains("block1", error.Message);
    }

    [Fact]
    public void Concept_with_too_few_images_is_named()
    {
        using var world = new TinyTcavWorld(conceptImages: 6);

        var error = Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new TcavNode(), Small, world.Output, world.Inputs));

        Assert.Contains("'red' (6 images)", error.Message);
        Assert.Contains("min_concept_images", error.Message);
    }

    [Fact]
    public void Concept_images_of_another_size_are_resized_with_a_warning()
    {
        using var world = new TinyTcavWorld(conceptImageSize: 24);
        var logger = new RecordingLogger();

        var context = NodeRunner.Run(new TcavNode(), Small with { Repeats = 0 }, world.Output, world.Inputs, logger);

        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("concept 'red': 12 of 12 images are not 16x16"));
        Assert.Equal(12, (int)context.Summary["resized_concept_images"]!["red"]!);
    }

    [Fact]
    public void Empty_evaluation_set_is_an_input_error()
    {
        using var world = new TinyTcavWorld(evaluationImages: 0);

        var error = Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new TcavNode(), Small, world.Output, world.Inputs));

        Assert.Contains("evaluation set is empty", error.Message);
    }
}

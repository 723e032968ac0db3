using Microsoft.Extensions.Logging;
using SocioRunner.Core.Errors;
using SocioRunner.Explain.Tcav;
using SocioRunner.Explain.Tcav.CavBanks;
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
        Assert.StartsWith("concept,layer,inputs,sign_count_mean,sign_count_std,random_mean,random_std,difference,ci_low,ci_high,t_statistic,p_value,p_adjusted,significant,direction", significance[0]);
        Assert.EndsWith("setting,cavs,null_cavs,cav_balanced_accuracy", significance[0]);
        Assert.Equal(["red", "green", "blue", "random_control"], significance.Skip(1).Select(l => l.Split(',')[0]));
        // The accuracy that decides decodability is the one written next to the decision (balanced: chance is 0.5 however
        // many negatives one-vs-all holds), not the plain accuracy, which imbalance can hold near 0.87 at chance.
        var table = SocioRunner.Core.Tables.CsvTable.Read(Path.Combine(world.Output, "tcav_significance.csv"));
        var header = table.Columns.ToList();
        foreach (var cells in table.Rows.Where(c => c[0] != "random_control"))
        {
            double balanced = double.Parse(cells[header.IndexOf("cav_balanced_accuracy")], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(balanced, 0, 1);
            Assert.Equal(balanced < 0.5 + Small.NearChanceMargin, cells[header.IndexOf("near_chance")] == "true");
        }
        Assert.Equal("image_id,label,prediction,red,green,blue", File.ReadLines(Path.Combine(world.Output, "tcav_per_input.csv")).First());
        Assert.Equal(21, File.ReadAllLines(Path.Combine(world.Output, "predictions.csv")).Length);
        Assert.Equal(1 + (3 + 1) * 5, File.ReadAllLines(Path.Combine(world.Output, "tcav_intervals.csv")).Length); // concepts and the control
        Assert.Equal(1 + 3 * 20, File.ReadAllLines(Path.Combine(world.Output, "tcav_results_avgpool.csv")).Length);
        Assert.Equal(1 + 3 * 3 + 2 * 3, File.ReadAllLines(Path.Combine(world.Output, "tcav_repeats.csv")).Length); // 3 CAVs per concept, null, control
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

    [Fact]
    public void Preset_paper_runs_the_originals_settings_whatever_the_options_say_and_warns_that_they_fail_the_ground_truth()
    {
        using var world = new TinyTcavWorld(randomImages: 20);
        var options = Small with
        {
            Preset = TcavPreset.Paper, Setting = NegativeSetting.Random, CavMethod = Explain.Tcav.Scoring.CavMethod.MeanDifference,
            Attribution = Explain.Tcav.Attribution.AttributionMethod.Gradient,
        };

        var context = NodeRunner.Run(new TcavNode(), options, world.Output, world.Inputs);

        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(world.Output, "tcav.json")))!;
        Assert.Equal("paper", (string)json["preset"]!);
        Assert.Equal("svm-standardized", (string)json["cav_method"]!);
        Assert.Equal("integrated gradients from a zero image", (string)json["attribution"]!);
        Assert.Equal("one-vs-all", (string)json["setting"]!);
        Assert.Contains("balanced sample of the other concepts", File.ReadAllLines(Path.Combine(world.Output, "tcav_significance.csv"))[1]);
        var warning = Assert.Single(json["warnings"]!.AsArray());
        Assert.StartsWith("preset: paper (the original's settings)", (string)warning!);
        Assert.Contains("known to fail the synthetic city's ground truth", (string)warning!);
        Assert.Equal((string)warning!, (string)context.Summary["warnings"]![0]!);
    }

    [Fact]
    public void The_default_configuration_carries_no_known_failure_warning()
    {
        using var world = new TinyTcavWorld();

        var context = NodeRunner.Run(new TcavNode(), Small, world.Output, world.Inputs);

        // (At this tiny model's avgpool the gradient is the same for every input, which has its own warning: not a known failure.)
        Assert.DoesNotContain(context.Summary["warnings"]!.AsArray(), w => ((string)w!).Contains("known to fail"));
        Assert.Equal("none", (string)context.Summary["preset"]!);
    }

    // A model trained with hidden_units is read with its hidden-layer head (model.json: mlp) and explained through it;
    // LayerAttributorTests checks the gradient itself.
    [Fact]
    public void A_model_with_a_hidden_layer_head_is_explained_through_that_head()
    {
        using var linear = new TinyTcavWorld();
        using var mlp = new TinyTcavWorld(hiddenUnits: 16);

        NodeRunner.Run(new TcavNode(), Small, linear.Output, linear.Inputs);
        NodeRunner.Run(new TcavNode(), Small, mlp.Output, mlp.Inputs);

        string head = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(mlp.Inputs["model"].Directory, "model.json")))!["head"]!["type"]!.GetValue<string>();
        Assert.Equal("mlp", head);
        string[] Predictions(TinyTcavWorld world) => File.ReadAllLines(Path.Combine(world.Output, "predictions.csv")).Skip(1).ToArray();
        Assert.Equal(20, Predictions(mlp).Length);
        Assert.NotEqual(Predictions(linear), Predictions(mlp)); // same seed and encoder, another head: other predictions
    }

    [Fact]
    public void Random_setting_draws_random_sets_from_the_concepts_own_random_images_and_records_it()
    {
        using var world = new TinyTcavWorld(randomImages: 20);

        var context = NodeRunner.Run(new TcavNode(), Small with { Setting = NegativeSetting.Random }, world.Output, world.Inputs);

        Assert.Contains("upstream/random: noise tiles", (string)context.Summary["random_source"]!);
        var significance = File.ReadAllLines(Path.Combine(world.Output, "tcav_significance.csv"));
        Assert.Contains("random sets of 8 images from upstream/random: noise tiles", significance[1]);
        Assert.Contains("tcav_repeats.csv: red 1..3", significance[1]);
    }

    [Fact]
    public void Random_setting_without_random_images_in_the_concepts_says_how_to_get_them()
    {
        using var world = new TinyTcavWorld();

        var error = Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new TcavNode(), Small with { Setting = NegativeSetting.Random }, world.Output, world.Inputs));

        Assert.StartsWith("random_source: the concepts input", error.Message);
        Assert.Contains("random_source: data", error.Message);
    }

    [Fact]
    public void Random_setting_can_draw_from_the_data_split()
    {
        using var world = new TinyTcavWorld();

        var context = NodeRunner.Run(new TcavNode(), Small with { Setting = NegativeSetting.Random, RandomSource = RandomSource.Data }, world.Output, world.Inputs);

        Assert.Contains("the 'train' split", (string)context.Summary["random_source"]!);
    }

    [Fact]
    public void A_concept_folder_that_is_also_the_random_source_is_refused()
    {
        using var world = new TinyTcavWorld(randomImages: 20, randomFolder: "red");

        var error = Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new TcavNode(), Small with { Setting = NegativeSetting.Random }, world.Output, world.Inputs));

        Assert.Contains("12 image(s) of concept 'red' are also in the random pool", error.Message);
        Assert.False(File.Exists(Path.Combine(world.Output, "tcav_significance.csv")));
    }

    [Fact]
    public void Too_few_random_images_for_the_repeats_is_one_clear_error()
    {
        using var world = new TinyTcavWorld(randomImages: 12);

        var error = Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new TcavNode(), Small with { Setting = NegativeSetting.Random }, world.Output, world.Inputs));

        Assert.StartsWith("random_set_size: the random pool", error.Message);
        Assert.Contains("has 12 images", error.Message);
    }
}

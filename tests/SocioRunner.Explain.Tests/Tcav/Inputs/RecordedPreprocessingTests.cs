using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Nodes;
using SocioRunner.Core.Tables;
using SocioRunner.Data.Batching;
using SocioRunner.Data.Datasets;
using SocioRunner.Data.Images;
using SocioRunner.Explain.Tcav;
using SocioRunner.Explain.Tcav.Attribution;
using SocioRunner.Explain.Tcav.Inputs;
using SocioRunner.Explain.Tests.Support;
using SocioRunner.Explain.Tsne;
using SocioRunner.Models.Artifacts;
using static TorchSharp.torch;

namespace SocioRunner.Explain.Tests.Tcav.Inputs;

/// <summary>
/// TCAV and t-SNE feed a model its images exactly as the model's manifest records it was trained: a model recorded
/// with no normalisation sees the raw [0, 1] images, one recorded with nothing sees the original's min-max per image.
/// Checked on the real tiny CNN: TCAV's recorded predictions and t-SNE's activations against the model run by hand.
/// </summary>
public sealed class RecordedPreprocessingTests
{
    /// <summary>The untrained tiny model's outputs are about 2e-3 and move by about 4e-4 between the two preprocessings.</summary>
    const double Tolerance = 1e-7;

    static readonly TcavOptions Small = new() { Repeats = 0, RandomSetSize = 8, RandomPoolSize = 30, BatchSize = 8 };

    static ArtifactHandle Recorded(ArtifactHandle model, InputPreprocessing? preprocessing) =>
        new(model.NodeId, model.Manifest with { Preprocessing = preprocessing?.ToJson() }, model.Directory);

    /// <summary>
    /// The evaluation images, rewritten dim and low in contrast (values 40..90 of 255), where min-max per image changes
    /// the input a lot (the world's own tiles already span almost 0..255).
    /// </summary>
    static IReadOnlyList<string> TestImages(TinyTcavWorld world)
    {
        var paths = DatasetArtifact.Open(world.Data).Split("test").Select(s => Path.Combine(world.Data.Directory, s.ImagePath)).ToList();
        var random = new Random(11);
        foreach (string path in paths)
        {
            var rgb = new byte[TinyTcavWorld.Size * TinyTcavWorld.Size * 3];
            for (int i = 0; i < rgb.Length; i++) rgb[i] = (byte)(40 + random.Next(51));
            PngCodec.EncodeRgb(path, rgb, TinyTcavWorld.Size, TinyTcavWorld.Size);
        }

        return paths;
    }

    static float[] Raw(string path) => ImageLoader.Decode(path).ToRgbUnit(path);

    /// <summary>The model's output on each image, computed here without any of the explain project's code.</summary>
    static double[] Predict(TinyTcavWorld world, IEnumerable<float[]> images)
    {
        using var scope = NewDisposeScope();
        using var model = ModelArtifact.LoadModel(world.Model.Directory, CPU);
        using var _ = no_grad();
        return images.Select(image => (double)model.call(tensor(image, [1, 3, TinyTcavWorld.Size, TinyTcavWorld.Size])).item<float>()).ToArray();
    }

    static double[] TcavPredictions(TinyTcavWorld world, ArtifactHandle model, string output)
    {
        var inputs = new Dictionary<string, ArtifactHandle>(world.Inputs) { ["model"] = model };
        NodeRunner.Run(new TcavNode(), Small, output, inputs);
        var table = CsvTable.Read(Path.Combine(output, "tcav_per_input.csv"));
        int column = table.Columns.ToList().IndexOf("prediction");
        return table.Rows.Select(r => double.Parse(r[column], CultureInfo.InvariantCulture)).ToArray();
    }

    [Fact]
    public void Tcav_feeds_a_model_recorded_without_normalisation_the_raw_images()
    {
        using var world = new TinyTcavWorld();
        var images = TestImages(world);
        double[] raw = Predict(world, images.Select(Raw));
        double[] minMax = Predict(world, images.Select(p => ImagePreprocessing.MinMaxNormalize(Raw(p))));
        Assert.True(raw.Zip(minMax).Max(p => Math.Abs(p.First - p.Second)) > 100 * Tolerance, $"the two preprocessings must give different outputs for this test to tell them apart: {string.Join(", ", raw.Take(4))} vs {string.Join(", ", minMax.Take(4))}");

        double[] recordedNone = TcavPredictions(world, Recorded(world.Model, new InputPreprocessing(TinyTcavWorld.Size, ImageNormalization.None)), world.Output + "-none");
        double[] recordedNothing = TcavPredictions(world, Recorded(world.Model, null), world.Output + "-default");

        Assert.Equal(raw.Length, recordedNone.Length);
        Assert.All(raw.Zip(recordedNone), p => Assert.Equal(p.First, p.Second, Tolerance));
        Assert.All(minMax.Zip(recordedNothing), p => Assert.Equal(p.First, p.Second, Tolerance));
    }

    [Fact]
    public void Tsne_maps_the_activations_of_the_images_preprocessed_as_recorded()
    {
        using var world = new TinyTcavWorld();
        var images = TestImages(world);
        using var encoder = ModelArtifact.LoadEncoder(world.Model.Directory, CPU);
        float[][] Activations(Func<string, float[]> load) =>
            LayerAttributor.EncoderActivations(encoder, CPU, "avgpool", new ImageSource(images.Count, TinyTcavWorld.Size, i => load(images[i])), 8);
        var raw = Activations(Raw);
        var minMax = Activations(p => ImagePreprocessing.MinMaxNormalize(Raw(p)));

        var none = TsnePoints.Load(Context(world, Recorded(world.Model, new InputPreprocessing(TinyTcavWorld.Size, ImageNormalization.None))), new TsneOptions());
        var nothing = TsnePoints.Load(Context(world, Recorded(world.Model, null)), new TsneOptions());

        AssertRowsEqual(raw, none.Table.Rows);
        AssertRowsEqual(minMax, nothing.Table.Rows);
        Assert.True(raw.Zip(minMax).Max(p => p.First.Zip(p.Second).Max(v => Math.Abs(v.First - v.Second))) > 100 * Tolerance, "the two preprocessings must give different activations");
    }

    [Fact]
    public void A_recorded_size_is_the_size_images_are_resized_to()
    {
        using var world = new TinyTcavWorld();
        var model = Recorded(world.Model, new InputPreprocessing(12, ImageNormalization.MinMaxPerImage));
        using var encoder = ModelArtifact.LoadEncoder(model.Directory, CPU);

        var reader = new ModelImageReader(ModelArtifact.Preprocessing(model, encoder));
        var image = reader.Load(TestImages(world)[0]);

        Assert.Equal(3 * 12 * 12, image.Length);
        Assert.Equal(0f, image.Min());
        Assert.Equal(1f, image.Max());
    }

    /// <summary>
    /// An artifact cached before preprocessing was recorded: its manifest still records the training options, and a
    /// model trained with <c>min_max_normalize: false</c> must not be fed min-max images.
    /// </summary>
    [Theory]
    [InlineData(false, ImageNormalization.None)]
    [InlineData(true, ImageNormalization.MinMaxPerImage)]
    public void An_older_artifact_without_a_record_is_read_from_its_recorded_training_options(bool minMax, ImageNormalization expected)
    {
        using var world = new TinyTcavWorld();
        var options = new System.Text.Json.Nodes.JsonObject { ["epochs"] = 1, ["transforms"] = new System.Text.Json.Nodes.JsonObject { ["size"] = 12, ["min_max_normalize"] = minMax } };
        var model = new ArtifactHandle("probe", world.Model.Manifest with { Preprocessing = null, Options = options }, world.Model.Directory);
        using var encoder = ModelArtifact.LoadEncoder(model.Directory, CPU);

        Assert.Equal(new InputPreprocessing(12, expected), ModelArtifact.Preprocessing(model, encoder));
    }

    [Fact]
    public void A_malformed_record_is_invalid_input_naming_the_input()
    {
        using var world = new TinyTcavWorld();
        var model = new ArtifactHandle("pretrained", world.Model.Manifest with { Preprocessing = new() { ["size"] = 16, ["normalization"] = "z-score" } }, world.Model.Directory);
        using var encoder = ModelArtifact.LoadEncoder(model.Directory, CPU);

        var error = Assert.Throws<InvalidInputException>(() => ModelArtifact.Preprocessing(model, encoder));

        Assert.Contains("input 'pretrained'", error.Message);
        Assert.Contains("z-score", error.Message);
    }

    static void AssertRowsEqual(float[][] expected, IReadOnlyList<float[]> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (int i = 0; i < expected.Length; i++)
            Assert.All(expected[i].Zip(actual[i]), p => Assert.Equal(p.First, p.Second, (float)Tolerance));
    }

    static NodeContext Context(TinyTcavWorld world, ArtifactHandle model)
    {
        var run = new RunInfo { ExperimentName = "test", ExperimentFile = "test.yaml", RunDirectory = world.Output, StartedAt = DateTimeOffset.UnixEpoch, Seed = 1 };
        var inputs = new Dictionary<string, IReadOnlyList<ArtifactHandle>> { ["model"] = [model], ["data"] = [world.Data] };
        return new NodeContext("tsne", "explain/tsne", 1, "cpu", world.Output, world.Output + ".work", inputs, NullLogger.Instance, NullProgressSink.Instance, run, CancellationToken.None);
    }
}

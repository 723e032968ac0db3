using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Nodes;
using SocioRunner.Data.Concepts;
using SocioRunner.Data.Datasets;
using SocioRunner.Data.Images;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Encoders.SmallCnn;

namespace SocioRunner.Explain.Tests.Support;

/// <summary>
/// A tiny TCAV setup on disk: a small CNN regression model (16x16 input), colour concept sets and a dataset of noise
/// tiles, written as real artifacts so the node runs exactly as in an experiment.
/// </summary>
public sealed class TinyTcavWorld : IDisposable
{
    public const int Size = 16;
    readonly TempDirectory root = new();

    /// <param name="randomImages">Random images written to concepts/random (the concepts' own random source); 0 for none.</param>
    /// <param name="randomFolder">Folder the manifest names for the random images (a concept's folder makes a bad-input case).</param>
    /// <param name="hiddenUnits">A head with one hidden layer of this many units (<c>hidden_units</c>); null for the linear head.</param>
    public TinyTcavWorld(int conceptImages = 12, int evaluationImages = 20, int conceptImageSize = Size, int trainImages = 40,
        int randomImages = 0, string randomFolder = "random", int? hiddenUnits = null)
    {
        TorchSharp.torch.manual_seed(3);
        var encoder = new SmallCnnEncoder([4, 8], Size);
        var model = new RegressionModel(encoder, RegressionHead.Create(encoder.EmbeddingDim, hiddenUnits));
        ModelArtifact.SaveModel(model, root.Sub("model"));
        Model = NodeRunner.Handle(Path.Combine(root.Path, "model"), ArtifactTypes.Model);

        string concepts = root.Sub("concepts");
        var random = new Random(5);
        var colours = new[] { ("red", 0), ("green", 1), ("blue", 2) };
        foreach (var (name, channel) in colours)
        {
            string folder = root.Sub($"concepts/{name}");
            for (int i = 0; i < conceptImages; i++)
            {
                WritePng(Path.Combine(folder, $"{i:D3}.png"), conceptImageSize, random, channel);
            }
        }

        System.Text.Json.Nodes.JsonObject? extra = null;
        if (randomImages > 0)
        {
            string folder = root.Sub("concepts/random");
            for (int i = 0; i < randomImages; i++)
            {
                WritePng(Path.Combine(folder, $"r{i:D3}.png"), Size, random, random.Next(3));
            }

            extra = new() { ["random"] = new System.Text.Json.Nodes.JsonObject { ["folder"] = randomFolder, ["count"] = randomImages, ["source"] = "noise tiles" } };
        }

        ConceptsArtifact.WriteManifest(concepts, colours.Select(c => (c.Item1, conceptImages, (System.Text.Json.Nodes.JsonNode?)null)), [], extra);
        Concepts = NodeRunner.Handle(concepts, ArtifactTypes.Concepts);

        string data = root.Sub("data");
        string images = root.Sub("data/images");
        var splits = new Dictionary<string, IReadOnlyList<Sample>>();
        foreach (var (split, count) in new[] { ("train", trainImages), ("val", 4), ("test", evaluationImages) })
        {
            var samples = new List<Sample>();
            for (int i = 0; i < count; i++)
            {
                string path = Path.Combine(images, $"{split}_{i}.png");
                WritePng(path, Size, random, random.Next(3));
                samples.Add(new Sample($"{split}_{i}", Path.GetRelativePath(data, path), random.NextDouble() * 100));
            }

            splits[split] = samples;
        }

        DatasetArtifact.Write(data, "income", splits, []);
        Data = NodeRunner.Handle(data, ArtifactTypes.Dataset);
    }

    public ArtifactHandle Model { get; }
    public ArtifactHandle Concepts { get; }
    public ArtifactHandle Data { get; }

    public string Output => Path.Combine(root.Path, "out");

    public IReadOnlyDictionary<string, ArtifactHandle> Inputs => new Dictionary<string, ArtifactHandle>
    {
        ["model"] = Model, ["concepts"] = Concepts, ["data"] = Data,
    };

    static void WritePng(string path, int size, Random random, int dominantChannel)
    {
        var rgb = new byte[size * size * 3];
        for (int p = 0; p < size * size; p++)
        {
            for (int c = 0; c < 3; c++)
            {
                rgb[p * 3 + c] = (byte)(c == dominantChannel ? 150 + random.Next(100) : random.Next(100));
            }
        }

        PngCodec.EncodeRgb(path, rgb, size, size);
    }

    public void Dispose() => root.Dispose();
}

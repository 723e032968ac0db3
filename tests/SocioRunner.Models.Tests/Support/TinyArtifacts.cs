using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;
using SocioRunner.Data.Datasets;
using SocioRunner.Data.Images;

namespace SocioRunner.Models.Tests.Support;

/// <summary>Builds small artifacts on disk (a dataset of PNG tiles whose content follows the label) and handles to them.</summary>
public static class TinyArtifacts
{
    public static ArtifactHandle Handle(string directory, string type, string kind, string nodeId) => new(nodeId, new ArtifactManifest
    {
        Key = new string('a', 64), Kind = kind, KindVersion = 1, ArtifactType = type, NodeId = nodeId, Options = new JsonObject(),
        Inputs = new Dictionary<string, IReadOnlyList<string>>(), Seed = 1, Device = "cpu", CreatedAt = DateTimeOffset.UnixEpoch, DurationSeconds = 0,
    }, directory);

    /// <summary>A dataset artifact with <paramref name="perSplit"/> tiles per split; label = share of bright pixels.</summary>
    public static ArtifactHandle Dataset(string directory, int perSplit, int size = 16)
    {
        var random = new Random(4);
        var splits = new Dictionary<string, IReadOnlyList<Sample>>();
        foreach (var split in DatasetArtifact.SplitNames)
        {
            var samples = new List<Sample>();
            for (int i = 0; i < perSplit; i++)
            {
                double label = random.NextDouble();
                var rgb = new byte[size * size * 3];
                for (int p = 0; p < size * size; p++)
                {
                    bool bright = (p % size) < label * size;
                    rgb[p * 3] = (byte)(bright ? 220 : 30);
                    rgb[p * 3 + 1] = (byte)(bright ? 200 : 60 + random.Next(20));
                    rgb[p * 3 + 2] = (byte)(bright ? 180 : 40);
                }
                string path = Path.Combine(directory, "tiles", $"{split}_{i}.png");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                PngCodec.EncodeRgb(path, rgb, size, size);
                samples.Add(new Sample($"{split}{i}", path, label * 10));
            }
            splits[split] = samples;
        }
        DatasetArtifact.Write(directory, "income", splits, new JsonObject());
        return Handle(directory, "dataset", "dataset/test", "dataset");
    }
}

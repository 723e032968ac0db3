using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;
using SocioRunner.Data.Internal;

namespace SocioRunner.Data.Datasets;

/// <summary>Reads a <c>dataset</c> artifact: <c>samples/{train,val,test}.csv</c> (<c>image_id,image_path,label</c>) and <c>dataset.json</c>.</summary>
public sealed class DatasetArtifact
{
    public static readonly IReadOnlyList<string> SplitNames = ["train", "val", "test"];

    readonly Dictionary<string, IReadOnlyList<Sample>> splits;

    DatasetArtifact(string labelName, Dictionary<string, IReadOnlyList<Sample>> splits, JsonObject info)
    {
        LabelName = labelName; this.splits = splits; Info = info;
    }

    /// <summary>"income" or "liveability".</summary>
    public string LabelName { get; }

    /// <summary>The whole dataset.json (counts, skipped tiles, source root).</summary>
    public JsonObject Info { get; }

    public IReadOnlyList<Sample> Split(string name) =>
        splits.TryGetValue(name, out var samples)
            ? samples
            : throw new ArgumentException($"unknown split '{name}'; splits: {string.Join(", ", SplitNames)}", nameof(name));

    public static DatasetArtifact Open(ArtifactHandle handle) => Open(handle.Directory);

    public static DatasetArtifact Open(string directory)
    {
        string jsonPath = Path.Combine(directory, "dataset.json");
        var info = File.Exists(jsonPath) ? JsonNode.Parse(File.ReadAllText(jsonPath)) as JsonObject ?? [] : [];
        string label = info["label"]?.GetValue<string>() ?? "label";
        var splits = SplitNames.ToDictionary(s => s, s => (IReadOnlyList<Sample>)ReadSamples(Path.Combine(directory, "samples", s + ".csv")));
        return new DatasetArtifact(label, splits, info);
    }

    public static List<Sample> ReadSamples(string path)
    {
        var table = CsvTable.Read(path);
        int id = table.Column("image_id"), image = table.Column("image_path"), label = table.Column("label");
        var samples = new List<Sample>(table.Rows.Count);
        for (int r = 0; r < table.Rows.Count; r++)
            samples.Add(new Sample(table.Rows[r][id], table.Rows[r][image], table.Number(r, label)));
        return samples;
    }

    /// <summary>Writes <c>samples/&lt;split&gt;.csv</c> and <c>dataset.json</c> into <paramref name="directory"/>.</summary>
    public static void Write(string directory, string labelName, IReadOnlyDictionary<string, IReadOnlyList<Sample>> splits, JsonObject info)
    {
        foreach (var (name, samples) in splits)
            CsvTable.Write(Path.Combine(directory, "samples", name + ".csv"), ["image_id", "image_path", "label"],
                samples.Select(s => (IReadOnlyList<string>)[s.Id, s.ImagePath, CsvTable.Format(s.Label)]));
        info["label"] = labelName;
        var counts = new JsonObject();
        foreach (var (name, samples) in splits) counts[name] = samples.Count;
        info["counts"] = counts;
        File.WriteAllText(Path.Combine(directory, "dataset.json"), info.ToJsonString(new() { WriteIndented = true }));
    }
}

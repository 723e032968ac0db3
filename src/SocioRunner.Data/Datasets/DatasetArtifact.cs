using SocioRunner.Core.Tables;
using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;

namespace SocioRunner.Data.Datasets;

/// <summary>
/// Reads a <c>dataset</c> artifact: <c>samples/{train,val,test}.csv</c> (<c>image_id,image_path,label</c>) and <c>dataset.json</c>.
/// Image paths are stored relative, so the cache can move: relative to the artifact folder when the images are in the
/// same cache (a synthetic city), relative to the dataset's <c>root</c> when they are under it, absolute otherwise;
/// <c>dataset.json</c>'s <c>image_paths</c> says which (<c>artifact</c>, <c>root</c>, <c>absolute</c>). Readers get absolute paths.
/// </summary>
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
        string imageBase = (info[ImagePathsKey]?.GetValue<string>()) switch
        {
            "artifact" => directory,
            "root" => info["root"]?.GetValue<string>() ?? directory,
            _ => directory, // absolute paths; a relative one (older artifacts, hand-made ones) is relative to the artifact
        };
        var splits = SplitNames.ToDictionary(s => s, s => (IReadOnlyList<Sample>)ReadSamples(Path.Combine(directory, "samples", s + ".csv"), imageBase));
        return new DatasetArtifact(label, splits, info);
    }

    const string ImagePathsKey = "image_paths";

    static List<Sample> ReadSamples(string path, string imageBase)
    {
        var table = CsvTable.Read(path);
        int id = table.Column("image_id"), image = table.Column("image_path"), label = table.Column("label");
        var samples = new List<Sample>(table.Rows.Count);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            string stored = table.Rows[r][image];
            string full = Path.IsPathRooted(stored) ? stored : Path.GetFullPath(Path.Combine(imageBase, stored));
            samples.Add(new Sample(table.Rows[r][id], full, table.Number(r, label)));
        }
        return samples;
    }

    /// <summary>The most portable way to store every image path of the dataset (see the class summary).</summary>
    static (string Base, Func<string, string> Store) PathStyle(string directory, IEnumerable<Sample> samples, JsonObject info)
    {
        var all = samples.Select(s => s.ImagePath).ToList();
        if (all.All(p => ArtifactPaths.RelativeInCache(directory, p) is not null))
            return ("artifact", p => ArtifactPaths.RelativeInCache(directory, p)!);
        if (info["root"]?.GetValue<string>() is string root && all.All(p => ArtifactPaths.RelativeUnder(root, p) is not null))
            return ("root", p => ArtifactPaths.RelativeUnder(root, p)!);
        return ("absolute", Path.GetFullPath);
    }

    /// <summary>Writes <c>samples/&lt;split&gt;.csv</c> and <c>dataset.json</c> into <paramref name="directory"/>.</summary>
    public static void Write(string directory, string labelName, IReadOnlyDictionary<string, IReadOnlyList<Sample>> splits, JsonObject info)
    {
        // A relative sample path given by the caller is relative to the artifact folder, as readers resolve it.
        splits = splits.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Sample>)kv.Value
            .Select(s => Path.IsPathRooted(s.ImagePath) ? s : s with { ImagePath = Path.GetFullPath(Path.Combine(directory, s.ImagePath)) }).ToList());
        var (imageBase, store) = PathStyle(directory, splits.Values.SelectMany(s => s), info);
        info[ImagePathsKey] = imageBase;
        foreach (var (name, samples) in splits)
            CsvTable.Write(Path.Combine(directory, "samples", name + ".csv"), ["image_id", "image_path", "label"],
                samples.Select(s => (IReadOnlyList<string>)[s.Id, store(s.ImagePath), CsvWriter.Number(s.Label)]));
        info["label"] = labelName;
        var counts = new JsonObject();
        foreach (var (name, samples) in splits) counts[name] = samples.Count;
        info["counts"] = counts;
        File.WriteAllText(Path.Combine(directory, "dataset.json"), info.ToJsonString(new() { WriteIndented = true }));
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;
using SocioRunner.Core.Nodes;
using SocioRunner.Data.Datasets;
using SocioRunner.Data.Internal;

namespace SocioRunner.Data.Liveability;

/// <summary><c>dataset/liveability</c>: the Netherlands liveability grid (GeoJSON features with <c>gridcode</c>,
/// <c>region_name</c>, <c>rlbrmtr</c>, <c>split</c>) and GeoTIFF patches at <c>&lt;root&gt;/&lt;region_name&gt;/&lt;gridcode&gt;.tiff</c>.</summary>
public sealed class LiveabilityNode : NodeKind<LiveabilityOptions>
{
    const string HowToObtain = "The grid and GeoTIFF patches come from the liveability-rs project; they cannot be downloaded here. experiments/netherlands_liveability.yaml reads the folder from LIVEABILITY_ROOT.";

    public override string Name => "dataset/liveability";

    public override string Description => "Netherlands liveability grid (GeoJSON) with GeoTIFF patches, split as in the grid";

    public override IReadOnlyList<InputSlot> Inputs => [];

    public override string OutputType => ArtifactTypes.Dataset;

    protected override string? ExternalFingerprint(LiveabilityOptions options) => FolderFingerprint.Of(options.Root);

    protected override Task ExecuteAsync(NodeContext context, LiveabilityOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Root) || !Directory.Exists(options.Root))
            throw DataErrors.MissingRoot(Name, "root", string.IsNullOrWhiteSpace(options.Root) ? null : options.Root, HowToObtain);
        string grid = Path.Combine(options.Root, options.Grid);
        var splits = DatasetArtifact.SplitNames.ToDictionary(s => s, _ => new List<Sample>());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int missingPatches = 0;
        foreach (var feature in ReadGrid(grid))
        {
            string id = Text(feature, "gridcode", grid), region = Text(feature, "region_name", grid), split = Text(feature, "split", grid).ToLowerInvariant();
            string scoreText = Text(feature, "rlbrmtr", grid);
            if (!double.TryParse(scoreText, NumberStyles.Float, CultureInfo.InvariantCulture, out double score) || !double.IsFinite(score))
                throw new SocioRunner.Core.Errors.InvalidInputException($"{grid}: feature {id} has rlbrmtr '{scoreText}', expected a finite number");
            if (!seen.Add(id)) throw DataErrors.DuplicateId(grid, id);
            if (!splits.TryGetValue(split, out var list))
                throw new SocioRunner.Core.Errors.InvalidInputException($"{grid}: feature {id} has split '{split}', expected train, val or test");
            string patch = Path.Combine(options.Root, region, id + ".tiff");
            if (!File.Exists(patch)) { missingPatches++; continue; }
            list.Add(new Sample(id, Path.GetFullPath(patch), score));
        }
        foreach (var (name, list) in splits) if (list.Count == 0) throw DataErrors.EmptySplit(grid, name);
        var info = new JsonObject { ["source"] = "liveability", ["root"] = Path.GetFullPath(options.Root), ["missing_patches"] = missingPatches };
        DatasetArtifact.Write(context.OutputDirectory, "liveability", splits.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Sample>)kv.Value), info);
        context.Summary["missing_patches"] = missingPatches;
        return Task.CompletedTask;
    }

    static FeatureCollection ReadGrid(string path)
    {
        if (!File.Exists(path)) throw DataErrors.MissingFile(path, "liveability grid GeoJSON");
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<FeatureCollection>(stream, options) ?? throw new JsonException("empty document");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            throw new SocioRunner.Core.Errors.InvalidInputException($"{path}: not a readable GeoJSON FeatureCollection ({e.Message})", e);
        }
    }

    static string Text(IFeature feature, string name, string path)
    {
        if (feature.Attributes is null || !feature.Attributes.Exists(name))
            throw new SocioRunner.Core.Errors.InvalidInputException($"{path}: a feature has no property '{name}'");
        return feature.Attributes[name] switch
        {
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString() ?? "",
            JsonElement e => e.GetRawText(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other?.ToString() ?? "",
        };
    }
}

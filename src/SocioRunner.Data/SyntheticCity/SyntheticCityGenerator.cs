using SocioRunner.Core.Tables;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using SocioRunner.Data.Images;
using SocioRunner.Data.Internal;

namespace SocioRunner.Data.SyntheticCity;

/// <summary>
/// Writes a synthetic city in the real on-disk formats: SESEfficientCAM-style income tiles and census CSV under
/// <c>income/data/</c>, FLAIR-style image/mask TIFFs under <c>flair/</c>, plus <c>ground_truth.csv</c>,
/// <c>synthetic_city.json</c> and the per-tile truth <c>tiles_truth.csv</c>. Same seed, same bytes.
/// </summary>
public static class SyntheticCityGenerator
{
    public const string IncomeCsv = "income/data/census_data/squares_to_ses_2019.csv";
    public const string ImageryFolder = "income/data/imagery_out";
    const int TilesPerFolder = 200, PatchesPerZone = 50;

    public static SyntheticCitySummary Generate(SyntheticCityOptions options, string outDir, int seed,
        IProgress<SyntheticCityProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(outDir);
        var voids = Pick(options.VoidTiles, options.Tiles, SeedMix.Random(seed, 2));
        var missing = Pick(options.MissingIncome, options.Tiles, SeedMix.Random(seed, 3));
        var tiles = new TileTruth[options.Tiles];
        var patchTruth = new PatchTruth[options.FlairPatches];
        int done = 0;
        Parallel.For(0, options.Tiles, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            tiles[i] = WriteTile(options, outDir, seed, i, voids.Contains(i));
            int count = Interlocked.Increment(ref done);
            if (count % 100 == 0 || count == options.Tiles) progress?.Report(new("tiles", count, options.Tiles));
        });
        done = 0;
        Parallel.For(0, options.FlairPatches, new ParallelOptions { CancellationToken = cancellation }, p =>
        {
            patchTruth[p] = WritePatch(options, outDir, seed, p);
            int count = Interlocked.Increment(ref done);
            if (count % 50 == 0 || count == options.FlairPatches) progress?.Report(new("flair", count, options.FlairPatches));
        });
        WriteCensus(outDir, tiles, missing);
        WriteTruth(outDir, tiles);
        var labelled = tiles.Where((t, i) => !voids.Contains(i) && !missing.Contains(i)).ToList();
        GroundTruthWriter.Write(outDir, patchTruth, labelled);
        double mean = labelled.Average(t => t.Income);
        double total = labelled.Sum(t => (t.Income - mean) * (t.Income - mean));
        double residual = labelled.Sum(t => (t.Income - t.Expected) * (t.Income - t.Expected));
        double oracle = total > 0 ? 1 - residual / total : 0;
        var summary = new SyntheticCitySummary(options.Tiles, labelled.Count, options.FlairPatches, oracle, options.NoiseSd,
            Math.Sqrt(total / Math.Max(1, labelled.Count - 1)), clock.Elapsed.TotalSeconds);
        SyntheticCityDescription.Write(outDir, options, seed, summary, mean);
        return summary;
    }

    static TileTruth WriteTile(SyntheticCityOptions options, string outDir, int seed, int index, bool isVoid)
    {
        var rng = SeedMix.Random(seed, 1, index);
        var layout = options.Layout == CityLayout.Independent ? TileComposer.Independent(rng) : TileComposer.Mixed(rng);
        var canvas = TileRenderer.Paint(layout, options.TileSize, rng);
        if (options.Distractors)
        {
            // Own stream, so whether a tile shows a distractor is independent of its layout (and of its income).
            var placement = SeedMix.Random(seed, 5, index);
            foreach (var distractor in Distractors.All)
                if (placement.NextDouble() < 0.25) Distractors.Overlay(canvas, distractor, placement);
        }

        var bands = TileRenderer.Finish(canvas, 3, rng);
        if (isVoid) BlankStrip(bands, options.TileSize);
        string id = InspireId(index, options.Tiles);
        string path = Path.Combine(outDir, ImageryFolder, $"part_{index / TilesPerFolder:D2}", $"sq_{index}_{id}.png");
        PngCodec.EncodeRgb(path, TileRenderer.Interleave(bands, options.TileSize), options.TileSize, options.TileSize);
        var shares = TileComposer.Shares(layout);
        bool neighbourhood = options.Interaction && options.InteractionScope == InteractionScope.Neighbourhood;
        double expected = neighbourhood ? NeighbourhoodInteraction.Evaluate(layout) : IncomeFunction.Evaluate(shares, options.Interaction, options.InteractionRamp);
        return new TileTruth(id, shares, expected, Math.Round(expected + rng.Gaussian() * options.NoiseSd, 1),
            neighbourhood ? NeighbourhoodInteraction.MarginalEffects(layout) : IncomeFunction.MarginalEffects(shares, options.Interaction, options.InteractionRamp));
    }

    /// <summary>
    /// Patch types cycle: one per concept zone (dominated by it), one mixed (like a tile), then one per distractor: a copy of
    /// one of the cycle's concept patches, each concept zone in turn (so its zones are balanced like one-vs-all negatives),
    /// with the distractor painted on top.
    /// </summary>
    static PatchTruth WritePatch(SyntheticCityOptions options, string outDir, int seed, int index)
    {
        int concepts = Zones.Concepts.Count;
        int cycle = concepts + 1 + (options.Distractors ? Distractors.All.Count : 0);
        int type = index % cycle;
        // A distractor patch repeats a concept patch of its cycle (same layout and paint, then the distractor on top), so
        // distractor and concept patches differ in the distractor alone.
        int source = type > concepts ? index - type + (index / cycle + type) % concepts : index;
        var rng = SeedMix.Random(seed, 4, source);
        var layout = type < concepts ? TileComposer.Dominated(Zones.Concepts[type], rng)
            : type == concepts ? TileComposer.Mixed(rng)
            : TileComposer.Dominated(Zones.Concepts[source % cycle], rng);
        var canvas = TileRenderer.Paint(layout, options.FlairPatchSize, rng);
        string kind = type < concepts ? Zones.Concepts[type].ConceptName() : type == concepts ? GroundTruthWriter.MixedKind : Distractors.All[type - concepts - 1].ConceptName();
        if (type > concepts) Distractors.Overlay(canvas, Distractors.All[type - concepts - 1], rng);
        var bands = TileRenderer.Finish(canvas, 5, rng);
        string zone = Path.Combine(outDir, "flair", "D000_2024", $"Z{index / PatchesPerZone + 1}_UN");
        string name = (index + 1).ToString("D6", CultureInfo.InvariantCulture);
        TiffCodec.WriteBytes(Path.Combine(zone, "img", $"IMG_{name}.tif"), bands, options.FlairPatchSize, options.FlairPatchSize, 5);
        TiffCodec.WriteBytes(Path.Combine(zone, "msk", $"MSK_{name}.tif"), canvas.Class, options.FlairPatchSize, options.FlairPatchSize, 1);
        return new PatchTruth($"IMG_{name}", kind, TileComposer.Shares(layout));
    }

    /// <summary>An INSPIRE 200 m grid id (as in the Paris census squares), laid out row by row.</summary>
    public static string InspireId(int index, int count)
    {
        int columns = (int)Math.Ceiling(Math.Sqrt(count));
        return $"CRS3035RES200mN{2860000 + index / columns * 200}E{3750000 + index % columns * 200}";
    }

    static void BlankStrip(byte[] bands, int size)
    {
        int n = size * size, from = size * 6 / 10;
        for (int b = 0; b < 3; b++)
            for (int y = 0; y < size; y++)
                for (int x = from; x < size; x++) bands[b * n + y * size + x] = 0;
    }

    static HashSet<int> Pick(int count, int total, Random rng) =>
        [.. Enumerable.Range(0, total).OrderBy(_ => rng.Next()).Take(Math.Min(count, total / 10))];

    static void WriteCensus(string outDir, TileTruth[] tiles, HashSet<int> missing) =>
        CsvTable.Write(Path.Combine(outDir, IncomeCsv), ["IdINSPIRE", "income"],
            tiles.Select((t, i) => (IReadOnlyList<string>)[t.Id, missing.Contains(i) ? "" : t.Income.ToString("0.0", CultureInfo.InvariantCulture)]));

    static void WriteTruth(string outDir, TileTruth[] tiles)
    {
        string[] columns = ["IdINSPIRE", .. Zones.All.Select(z => "share_" + z.ConceptName()), "expected_income", "income"];
        CsvTable.Write(Path.Combine(outDir, "tiles_truth.csv"), columns, tiles.Select(t => (IReadOnlyList<string>)
            [t.Id, .. Zones.All.Select(z => CsvWriter.Number(t.Shares[z])), CsvWriter.Number(t.Expected), CsvWriter.Number(t.Income)]));
    }

    internal sealed record TileTruth(string Id, Dictionary<Zone, double> Shares, double Expected, double Income, Dictionary<Zone, double> MarginalEffects);
}

using System.Globalization;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Tables;
using SocioRunner.Data.Images;
using SocioRunner.Explain.Tcav;
using SocioRunner.Explain.Tcav.Inputs;
using SocioRunner.Models.Artifacts;
using static TorchSharp.torch;

namespace SocioRunner.Benchmarks.Tcav;

/// <summary>
/// The model's own answer to the question the synthetic city's ground truth asks, measured on real inputs rather than
/// by a derivative: for each test tile, swap one of its 4 x 4 blocks for the same block of a concept image, and for the
/// same block of a negative (another concept's image, concepts weighted equally as one-vs-all balances them), and take
/// the difference of the model's predictions, times 16 (a block is 1/16 of the tile's area). Averaged over blocks and
/// images this is the model's change of prediction per unit of zone share moved from the negatives' mix to the
/// concept's, which is what ground_truth.csv states for the outcome function (difference_one_vs_all, per interval in
/// ground_truth_intervals.csv). The images stay images the model could see (a tile with one block from another image of
/// the same city), unlike TCAV's step of a whole activation map along a direction.
///
/// <c>block-swap &lt;cache&gt; &lt;member folder&gt;...</c> (a sweep member's run folder of experiments/tcav_*_study.yaml):
/// prints, per concept and income interval (TCAV's bins), the truth, the model's block-swap effect ± its standard error
/// over tiles, and TCAV's effect ± se with its decision; then how often each agrees in sign with the truth where the
/// truth is non-null, and how far each is from the truth.
/// </summary>
public static class BlockSwap
{
    const int BlocksPerSide = 4;
    const int ImagesPerBlock = 2;

    public static void Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: block-swap <cache> <member folder> [member folder ...]");
            Environment.Exit(2);
            return;
        }

        foreach (var member in args[1..])
        {
            foreach (var file in new[] { "tcav/manifest.json", "concepts/manifest.json", "income/manifest.json", "tcav/tcav_intervals.csv", "city/ground_truth_intervals.csv" })
            {
                if (!File.Exists(Path.Combine(member, file)))
                {
                    Console.Error.WriteLine($"block-swap: {Path.Combine(member, file)} not found (a member's run folder of a tcav_*_study.yaml sweep, with a synthetic city)");
                    Environment.Exit(2);
                    return;
                }
            }
        }

        var store = new ArtifactStore(args[0]);
        var cells = new List<Cell>();
        foreach (var member in args[1..])
        {
            try
            {
                cells.AddRange(Measure(store, member));
            }
            catch (InvalidOperationException error) // an artifact not in this cache, images not of the model's size
            {
                Console.Error.WriteLine($"block-swap: {error.Message}");
                Environment.Exit(2);
                return;
            }
        }

        Summarize(cells);
    }

    sealed record Cell(string Member, string Concept, int Interval, int Count, double Truth, string Expected,
        double Swap, double SwapSe, double Tcav, double TcavSe, string TcavDirection, double Step, double StepSe, double FirstOrder);

    static ArtifactHandle Open(ArtifactStore store, string member, string node)
    {
        var key = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(member, node, "manifest.json")))!["key"]!.GetValue<string>();
        return store.TryOpen(key, node) ?? throw new InvalidOperationException($"{member}/{node}: artifact {key} is not in the cache");
    }

    /// <summary>What the member's TCAV node recorded: the model it explained (its <c>model</c> input: the probe, or another
    /// trained model) and the first layer it tested.</summary>
    static (ArtifactHandle Model, string Layer) ExplainedModel(ArtifactStore store, string member)
    {
        string path = Path.Combine(member, "tcav", "manifest.json");
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        var key = manifest["inputs"]?["model"]?[0]?.GetValue<string>() ?? throw new InvalidOperationException($"{path} names no model input");
        var layer = manifest["options"]?["layers"]?[0]?.GetValue<string>() ?? throw new InvalidOperationException($"{path} names no tested layer");
        var model = store.TryOpen(key, "model") ?? throw new InvalidOperationException($"{member}: the model TCAV explained ({key}) is not in the cache");
        return (model, layer);
    }

    static List<Cell> Measure(ArtifactStore store, string member)
    {
        var device = CPU;
        var (explained, layer) = ExplainedModel(store, member);
        var model = ModelArtifact.LoadModel(explained, device);
        model.eval();
        var preprocessing = ModelArtifact.Preprocessing(explained, model.Encoder);
        var sets = TcavImageSets.Open(Open(store, member, "concepts"), Open(store, member, "income"), new TcavOptions(), "test", false, 0);
        int size = preprocessing.Size;
        var tiles = sets.Evaluation.Select(s => Raw(s.ImagePath, size)).ToArray();
        var concepts = sets.Concepts.Select(c => c.ImagePaths.Select(p => Raw(p, size)).ToArray()).ToArray();
        var random = new Random(1);

        // mean[t][c]: the tile's mean prediction over its 16 blocks, each swapped with ImagesPerBlock images of concept c.
        var mean = new double[tiles.Length, concepts.Length];
        var jobs = new List<(int Tile, int Concept, float[] Image)>();
        for (int t = 0; t < tiles.Length; t++)
        {
            for (int c = 0; c < concepts.Length; c++)
            {
                for (int b = 0; b < BlocksPerSide * BlocksPerSide; b++)
                {
                    for (int m = 0; m < ImagesPerBlock; m++)
                    {
                        var source = concepts[c][random.Next(concepts[c].Length)];
                        jobs.Add((t, c, BlockSwapImages.Swapped(tiles[t], source, b, BlocksPerSide, size)));
                    }
                }
            }
        }

        var predictions = Predict(model, jobs.Select(j => ImagePreprocessing.Apply(j.Image, preprocessing.Normalization)).ToArray(), size);
        for (int i = 0; i < jobs.Count; i++)
        {
            mean[jobs[i].Tile, jobs[i].Concept] += predictions[i] / (BlocksPerSide * BlocksPerSide * ImagesPerBlock);
        }

        // TCAV's step taken exactly at the layer TCAV tested (ActivationStep): what the first-order effect leaves out.
        var (step, firstOrder) = ActivationStep.Measure(model, layer,
            tiles.Select(t => ImagePreprocessing.Apply(t, preprocessing.Normalization)).ToArray(),
            concepts.Select(images => images.Select(i => ImagePreprocessing.Apply(i, preprocessing.Normalization)).ToArray()).ToArray(), size);

        var intervals = Csv(Path.Combine(member, "tcav", "tcav_intervals.csv"));
        var overall = Csv(Path.Combine(member, "tcav", "tcav_significance.csv"));
        var truthIntervals = Csv(Path.Combine(member, "city", "ground_truth_intervals.csv")).Where(r => r["comparison"] == "one-vs-all").ToList();
        var truth = Csv(Path.Combine(member, "city", "ground_truth.csv"));
        var cells = new List<Cell>();
        for (int c = 0; c < concepts.Length; c++)
        {
            string name = sets.Concepts[c].Name;
            // One-vs-all effect per tile: concept minus the equally weighted other concepts, per unit of area.
            var effect = Enumerable.Range(0, tiles.Length)
                .Select(t => BlocksPerSide * BlocksPerSide * (mean[t, c] - Enumerable.Range(0, concepts.Length).Where(o => o != c).Average(o => mean[t, o])))
                .ToArray();
            var conceptIntervals = intervals.Where(r => r["concept"] == name).OrderBy(r => int.Parse(r["interval"], CultureInfo.InvariantCulture)).ToList();
            for (int k = 0; k < conceptIntervals.Count; k++)
            {
                var row = conceptIntervals[k];
                double lower = Number(row["lower"]), upper = Number(row["upper"]);
                var members = Enumerable.Range(0, tiles.Length)
                    .Where(t => sets.Evaluation[t].Label <= upper && (sets.Evaluation[t].Label > lower || (k == 0 && sets.Evaluation[t].Label >= lower)))
                    .ToArray();
                var inside = members.Select(t => effect[t]).ToArray();
                var steps = members.Select(t => step[t, c]).ToArray();
                var truthRow = truthIntervals.First(r => r["concept"] == name && r["interval"] == row["interval"]);
                cells.Add(new Cell(member, name, k, inside.Length, Number(truthRow["difference"]), truthRow["expected"], inside.Average(), Se(inside),
                    Number(row["effect_difference"]), Number(row["effect_se"]), row["direction"], steps.Average(), Se(steps), members.Average(t => firstOrder[t, c])));
            }

            var all = overall.First(r => r["concept"] == name);
            var truthAll = truth.First(r => r["concept"] == name);
            var allSteps = Enumerable.Range(0, tiles.Length).Select(t => step[t, c]).ToArray();
            cells.Add(new Cell(member, name, -1, effect.Length, Number(truthAll["difference_one_vs_all"]), truthAll["expected_one_vs_all"], effect.Average(), Se(effect),
                Number(all["effect_difference"]), Number(all["effect_se"]), all["direction"], allSteps.Average(), Se(allSteps),
                Enumerable.Range(0, tiles.Length).Average(t => firstOrder[t, c])));
        }

        Console.WriteLine($"## {member} ({tiles.Length} test tiles, {jobs.Count} swapped inputs)");
        Console.WriteLine($"| concept | interval | tiles | truth | model, block swap ± se | TCAV effect ± se | TCAV | exact step at {layer} ± se (first order) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|:---:|---:|");
        foreach (var cell in cells)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"| {cell.Concept} | {(cell.Interval < 0 ? "all" : (cell.Interval + 1).ToString(CultureInfo.InvariantCulture))} | {cell.Count} | {cell.Truth:+#,0;-#,0} ({cell.Expected}) | {cell.Swap:+#,0;-#,0} ± {cell.SwapSe:#,0} | {cell.Tcav:+#,0;-#,0} ± {cell.TcavSe:#,0} | {cell.TcavDirection} | {cell.Step:+#,0;-#,0} ± {cell.StepSe:#,0} ({cell.FirstOrder:+#,0;-#,0}) |"));
        }

        Console.Out.Flush();
        return cells;
    }

    static void Summarize(List<Cell> cells)
    {
        // Only cells TCAV scored (a concept that is not decodable has no effect), so every comparison uses the same cells.
        cells = cells.Where(c => !double.IsNaN(c.Tcav)).ToList();
        Console.WriteLine();
        Console.WriteLine($"## Summary over {cells.Select(c => c.Member).Distinct().Count()} members ({cells.Count} concept x interval cells, overall rows included)");
        foreach (var (label, subset) in new[] { ("all cells", cells), ("intervals only", cells.Where(c => c.Interval >= 0).ToList()), ("overall only", cells.Where(c => c.Interval < 0).ToList()) })
        {
            var nonNull = subset.Where(c => c.Expected is "+" or "-").ToList();
            int Sign(double v) => v > 0 ? 1 : v < 0 ? -1 : 0;
            int Expected(Cell c) => c.Expected == "+" ? 1 : -1;
            Console.Write(FormattableString.Invariant(
                $"- {label}: truth non-null in {nonNull.Count}; sign agrees with the truth: block swap {nonNull.Count(c => Sign(c.Swap) == Expected(c))}, TCAV effect {nonNull.Count(c => Sign(c.Tcav) == Expected(c))}; "));
            Console.WriteLine(FormattableString.Invariant(
                $"RMS distance to the truth: block swap {Rms(subset, c => c.Swap - c.Truth):#,0}, TCAV {Rms(subset, c => c.Tcav - c.Truth):#,0}; TCAV to block swap {Rms(subset, c => c.Tcav - c.Swap):#,0}; "));
            Console.WriteLine(FormattableString.Invariant(
                $"  correlation with the truth: block swap {Correlation(subset, c => c.Swap):0.000}, TCAV {Correlation(subset, c => c.Tcav):0.000}; TCAV with block swap {Correlation(subset, c => c.Tcav, c => c.Swap):0.000}"));
        }

        var nulls = cells.Where(c => c.Expected == "0").ToList();
        var nullsTcavSignificant = nulls.Where(Decided).ToList();
        Console.WriteLine(FormattableString.Invariant(
            $"- truth 0 (|difference| <= 500): {nulls.Count} cells; block swap beyond ±500 by more than 2 se: {nulls.Count(SwapBeyondMargin)}; TCAV significant: {nullsTcavSignificant.Count}, of which the block swap is beyond ±500 by 2 se with TCAV's sign: {nullsTcavSignificant.Count(c => SwapBeyondMargin(c) && Math.Sign(c.Swap) == DecidedSign(c))}"));
        var decided = cells.Where(Decided).ToList();
        Console.WriteLine(FormattableString.Invariant(
            $"- TCAV decisions (+ or -): {decided.Count}; block swap with the same sign: {decided.Count(c => Math.Sign(c.Swap) == DecidedSign(c))}; with the truth's sign: {decided.Count(c => c.Expected == c.TcavDirection)}"));
        // The exact step against the first order (same delta: their gap is the curvature along the step) and against TCAV.
        Console.WriteLine(FormattableString.Invariant(
            $"- exact activation step: RMS to its first order {Rms(cells, c => c.Step - c.FirstOrder):#,0}, to TCAV {Rms(cells, c => c.Step - c.Tcav):#,0}, to the block swap {Rms(cells, c => c.Step - c.Swap):#,0}, to the truth {Rms(cells, c => c.Step - c.Truth):#,0}; correlation with the truth {Correlation(cells, c => c.Step):0.000}"));
        var wrong = decided.Where(c => c.Expected is "+" or "-" && c.Expected != c.TcavDirection).ToList();
        Console.WriteLine(FormattableString.Invariant(
            $"- TCAV decisions with the wrong sign: {wrong.Count}; exact step with TCAV's sign: {wrong.Count(c => Math.Sign(c.Step) == DecidedSign(c))}; first order with TCAV's sign: {wrong.Count(c => Math.Sign(c.FirstOrder) == DecidedSign(c))}; block swap with TCAV's sign: {wrong.Count(c => Math.Sign(c.Swap) == DecidedSign(c))}"));
        foreach (var c in wrong)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"  {c.Member} {c.Concept} interval {(c.Interval < 0 ? "all" : (c.Interval + 1).ToString(CultureInfo.InvariantCulture))}: truth {c.Truth:+#,0;-#,0}, TCAV {c.Tcav:+#,0;-#,0} ± {c.TcavSe:#,0}, first order {c.FirstOrder:+#,0;-#,0}, exact step {c.Step:+#,0;-#,0} ± {c.StepSe:#,0}, block swap {c.Swap:+#,0;-#,0} ± {c.SwapSe:#,0}"));
        }
    }

    static bool Decided(Cell c) => c.TcavDirection is "+" or "-";

    static int DecidedSign(Cell c) => c.TcavDirection == "+" ? 1 : -1;

    // The model's effect differs from 0 by more than the study's ±500 € truth margin, by two standard errors.
    static bool SwapBeyondMargin(Cell c) => Math.Abs(c.Swap) - 500 > 2 * c.SwapSe;

    static double Rms(List<Cell> cells, Func<Cell, double> error) => Math.Sqrt(cells.Average(c => error(c) * error(c)));

    static double Correlation(List<Cell> cells, Func<Cell, double> x, Func<Cell, double>? y = null)
    {
        y ??= c => c.Truth;
        double mx = cells.Average(x), my = cells.Average(y);
        double sxy = cells.Sum(c => (x(c) - mx) * (y(c) - my)), sxx = cells.Sum(c => Math.Pow(x(c) - mx, 2)), syy = cells.Sum(c => Math.Pow(y(c) - my, 2));
        return sxy / Math.Sqrt(sxx * syy);
    }

    static double Se(double[] values) =>
        values.Length < 2 ? double.NaN : Math.Sqrt(values.Sum(v => Math.Pow(v - values.Average(), 2)) / (values.Length - 1) / values.Length);

    // Empty for a concept whose CAVs are not decodable (not scored).
    static double Number(string text) => text.Length == 0 ? double.NaN : double.Parse(text, CultureInfo.InvariantCulture);

    static float[] Raw(string path, int size)
    {
        var image = ImageLoader.Decode(path);
        if (image.Width != size || image.Height != size)
        {
            throw new InvalidOperationException($"{path}: {image.Width}x{image.Height}, the model takes {size}x{size}; block swap needs images of the model's size");
        }

        return image.ToRgbUnit(path);
    }

    static double[] Predict(RegressionModel model, float[][] images, int size)
    {
        const int batchSize = 256;
        var output = new double[images.Length];
        for (int start = 0; start < images.Length; start += batchSize)
        {
            int count = Math.Min(batchSize, images.Length - start);
            var pixels = new float[count * 3 * size * size];
            for (int i = 0; i < count; i++)
            {
                images[start + i].CopyTo(pixels, i * 3 * size * size);
            }

            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var prediction = model.call(tensor(pixels, [count, 3, size, size])).reshape(count).to(ScalarType.Float64).cpu();
            prediction.data<double>().CopyTo(output, start);
        }

        return output;
    }

    // The project's CSV reader (RFC 4180: the text columns at the end of tcav_*.csv may hold quoted commas), as rows by column name.
    static List<Dictionary<string, string>> Csv(string path)
    {
        var table = CsvTable.Read(path, strict: true);
        return table.Rows.Select(row => table.Columns.Zip(row).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}

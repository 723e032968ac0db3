using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SocioRunner.Explain.Cavs;
using SocioRunner.Core.Nodes;
using SocioRunner.Explain.Tcav.Analysis;
using SocioRunner.Explain.Tcav.Attribution;
using SocioRunner.Explain.Tcav.CavBanks;
using SocioRunner.Explain.Tcav.Inputs;
using SocioRunner.Explain.Tcav.Output;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Devices;

namespace SocioRunner.Explain.Tcav;

/// <summary>
/// <c>explain/tcav</c>: CAVs per concept and layer, TCAV scores of the evaluation inputs, significance against random
/// sets, per-outcome-interval scores, cosine similarities. All model work is batched: each image (concept, random pool,
/// evaluation input) passes through the network once per layer, and attributions once per layer (plus the IG steps
/// through the part above the layer); CAV training and scoring are then plain arithmetic on those arrays.
/// </summary>
public sealed class TcavNode : NodeKind<TcavOptions>
{
    public override string Name => "explain/tcav";

    public override string Description => "TCAV concept sensitivity with significance tests and per-interval scores";

    public override IReadOnlyList<InputSlot> Inputs { get; } =
    [
        new("model", ArtifactTypes.Model, description: "trained model (encoder + regression head)"),
        new("concepts", ArtifactTypes.Concepts, required: false, description: "concept image sets (not needed with a cavs input)"),
        new("data", ArtifactTypes.Dataset, description: "evaluation inputs (evaluation_split) and the random pool (random_split)"),
        new("cavs", CavsNode.ArtifactType, required: false, description: "CAVs trained by explain/cavs; then the CAV options here are ignored"),
    ];

    // 2: decorrelated per-CAV seeds (SplitMix64). 4: cav_method (svm or mean-difference; SVM scores either way).
    // 5: every score from R CAVs with a null of the same construction; balanced one-vs-all negatives; random_source.
    // 6: repeats half-sample the concept and each negative group; cav_method svm-standardized, svm-raw; preset.
    // 7: effects in outcome units (attribution · class-mean difference) per CAV, with their null; the effect test.
    // 8: a warning in tcav.json when a layer's attribution is the same for every input (per-interval scores repeat the overall one).
    // 9: tcav_significance.csv's cav_balanced_accuracy, the accuracy that decides decodability.
    public override int Version => 9;

    public override string OutputType => ArtifactTypes.Tcav;

    protected override IEnumerable<OptionProblem> Validate(TcavOptions options)
    {
        options = options.Resolved();
        foreach (var problem in LayerRules.Check(options.Layers))
        {
            yield return problem;
        }

        if (options.Repeats == 1)
        {
            yield return new OptionProblem("repeats", "one repeat leaves nothing to test against; use 0 (one CAV per concept, no test) or at least 2");
        }

        if (options.EvaluationSplit == options.RandomSplit && options.NeedsRandomPool && options.RandomSource == RandomSource.Data)
        {
            yield return new OptionProblem("random_split", "the random pool must come from another split than evaluation_split");
        }
    }

    protected override IEnumerable<OptionProblem> ValidateWiring(TcavOptions options, IReadOnlySet<string> connectedInputs)
    {
        if (!connectedInputs.Contains("concepts") && !connectedInputs.Contains("cavs"))
        {
            yield return ExplainErrors.TcavNeedsConcepts();
        }
    }

    protected override Task ExecuteAsync(NodeContext context, TcavOptions options)
    {
        var clock = Stopwatch.StartNew();
        options = options.Resolved();
        bool trained = context.HasInput("cavs");
        bool needsPool = !trained && options.NeedsRandomPool;
        if (!trained && !context.HasInput("concepts"))
        {
            throw ExplainErrors.AsError(ExplainErrors.TcavNeedsConcepts());
        }

        var sets = TcavImageSets.Open(trained ? null : context.Input("concepts"), context.Input("data"), options, options.EvaluationSplit, needsPool, context.Seed);
        var device = DeviceSelection.Resolve(context.Device);
        var model = ModelArtifact.LoadModel(context.Input("model"), device);
        LayerRules.RequireKnown(model.Encoder, options.Layers);
        var reader = new ModelImageReader(ModelArtifact.Preprocessing(context.Input("model"), model.Encoder));
        var evaluation = new ImageSource(sets.Evaluation.Count, reader.Size, i => reader.Load(sets.Evaluation[i].ImagePath));
        var concepts = sets.Concepts.Select(c => (c.Name, Source(c.ImagePaths, reader))).ToArray();
        var pool = needsPool ? Source(sets.RandomPool, reader) : null;
        var labels = sets.Evaluation.Select(s => s.Label).ToArray();
        var runner = new TcavLayerRunner(new LayerAttributor(model, device), options, context.Seed);
        var layers = new List<(TcavLayerResult, CavBank, LayerPass)>();
        using var progress = context.Progress.Start("TCAV", options.Layers.Count);
        foreach (var layer in options.Layers)
        {
            layers.Add(trained
                ? runner.Score(ReadBank(context.Input("cavs"), layer), evaluation, labels, progress.Describe, context.Cancellation)
                : runner.Run(layer, concepts, pool, evaluation, labels, progress.Describe, context.Cancellation, sets.RandomSource));
            progress.Increment();
        }

        var corrected = TcavLayerRunner.CorrectTogether(layers.Select(l => l.Item1).ToArray(), options);
        layers = layers.Select((l, i) => (corrected[i], l.Item2, l.Item3)).ToList();

        WarnAboutResizedImages(context, sets, reader);
        new TcavFileWriter(context.OutputPath).Write(new TcavEvaluationSet(sets.Evaluation.Select(s => s.Id).ToArray(), sets.Evaluation.Select(s => s.Label).ToArray()), layers);
        var warnings = TcavKnownFailures.Warnings(options, trained).ToList();
        if (options.Intervals > 1)
        {
            warnings.AddRange(layers.Where(l => InputIndependentAttribution.IsSameForEveryInput(l.Item3.Attributions))
                .Select(l => InputIndependentAttribution.Warning(l.Item3.Layer, options.Intervals)));
        }
        foreach (var warning in warnings)
        {
            context.Logger.LogWarning("{Warning}", warning);
        }

        context.Summary["preset"] = options.Preset == TcavPreset.Paper ? "paper" : "none";
        context.Summary["warnings"] = new JsonArray(warnings.Select(w => (JsonNode)w).ToArray());
        File.WriteAllText(context.OutputPath("tcav.json"), new JsonObject
        {
            ["preset"] = options.Preset == TcavPreset.Paper ? "paper" : "none",
            ["cav_method"] = TcavKnownFailures.Name(options.CavMethod),
            ["attribution"] = TcavKnownFailures.AttributionName(options),
            ["setting"] = options.Setting == NegativeSetting.OneVsAll ? "one-vs-all" : "random",
            // Significance: the sign-count test, and with gradients also the effect test against this margin (docs/tcav.md).
            ["effect_test"] = options.Attribution == AttributionMethod.Gradient,
            ["min_effect"] = options.MinEffect,
            ["min_effect_outcome_units"] = EffectMargin(layers.Select(l => l.Item1).ToArray()) is var margin && !double.IsNaN(margin) ? margin : null,
            ["warnings"] = new JsonArray(warnings.Select(w => (JsonNode)w).ToArray()),
        }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        Record(context, layers.Select(l => l.Item1).ToArray(), sets, clock.Elapsed.TotalSeconds);
        return Task.CompletedTask;
    }

    /// <summary>The effect test's margin in outcome units (the same for every score); NaN without gradients.</summary>
    static double EffectMargin(IReadOnlyList<TcavLayerResult> results) =>
        results.SelectMany(r => r.Tests).Select(t => t.EffectMargin).FirstOrDefault(double.NaN);

    static CavBank ReadBank(Core.Artifacts.ArtifactHandle cavs, string layer)
    {
        if (!cavs.Has(CavBankFile.RelativePath(layer)))
        {
            var available = cavs.Has("cavs") ? Directory.EnumerateFiles(cavs.File("cavs"), "*.json").Select(Path.GetFileNameWithoutExtension) : [];
            throw TcavErrors.NoCavsForLayer(cavs.NodeId, layer, available);
        }

        return CavBankFile.Read(cavs.File(CavBankFile.RelativePath(layer)));
    }

    static ImageSource Source(IReadOnlyList<string> paths, ModelImageReader reader) => new(paths.Count, reader.Size, i => reader.Load(paths[i]));

    static void WarnAboutResizedImages(NodeContext context, TcavImageSets sets, ModelImageReader reader)
    {
        var resized = new JsonObject();
        foreach (var concept in sets.Concepts)
        {
            int count = reader.ResizedCount(concept.ImagePaths);
            if (count > 0)
            {
                context.Logger.LogWarning("concept '{Concept}': {Count} of {Total} images are not {Size}x{Size}; resized to the model's input size",
                    concept.Name, count, concept.ImagePaths.Count, reader.Size, reader.Size);
                resized[concept.Name] = count;
            }
        }

        context.Summary["resized_concept_images"] = resized;
    }

    static void Record(NodeContext context, IReadOnlyList<TcavLayerResult> results, TcavImageSets sets, double seconds)
    {
        context.Summary["layers"] = new JsonArray(results.Select(r => (JsonNode)r.Layer).ToArray());
        context.Summary["concepts"] = new JsonArray(results[0].Concepts.Select(c => (JsonNode)c.Cav.Concept).ToArray());
        context.Summary["evaluation_inputs"] = sets.Evaluation.Count;
        context.Summary["dropped_concepts"] = new JsonArray(sets.DroppedConcepts.Select(c => (JsonNode)c).ToArray());
        context.Summary["negatives"] = results[0].NegativeSource;
        context.Summary["null"] = results[0].NullSource;
        context.Summary["random_source"] = sets.RandomSource;
        var nearChance = results.SelectMany(r => r.Concepts.Where(c => c.NearChance).Select(c => (JsonNode)$"{r.Layer}/{c.Cav.Concept}")).ToArray();
        context.Summary["near_chance_cavs"] = new JsonArray(nearChance);
        foreach (var concept in results[0].Concepts)
        {
            var overall = results[0].Overall.First(t => t.Concept == concept.Concept);
            context.RecordMetric($"tcav_{concept.Cav.Concept}_sign_count", overall.SignCountMean);
            context.RecordMetric($"cav_{concept.Cav.Concept}_accuracy", concept.MeanAccuracy);
            if (!double.IsNaN(overall.Effect.Difference))
            {
                context.RecordMetric($"tcav_{concept.Cav.Concept}_effect", overall.Effect.Difference);
            }
        }

        context.RecordMetric("tcav_significant_concepts", results[0].Overall.Count(s => s.Significant && s.Concept != CavBank.ControlName));
        context.RecordMetric("tcav_seconds", seconds);
        foreach (var warning in nearChance)
        {
            context.Logger.LogWarning("CAV {Cav} is not decodable (held-out accuracy near chance): shown as such and not scored", warning);
        }
    }
}

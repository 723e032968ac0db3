using System.Text.Json.Nodes;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Nodes;
using SocioRunner.Explain.Tables;
using SocioRunner.Explain.Tcav.Attribution;
using SocioRunner.Explain.Tcav.CavBanks;
using SocioRunner.Explain.Tcav.Inputs;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Devices;
using SocioRunner.Models.Encoders;

namespace SocioRunner.Explain.Cavs;

/// <summary>
/// <c>explain/cavs</c>: trains every CAV (main, random repeats, random null, control) from the concept images, the random
/// pool and the encoder only. Wired into <c>explain/tcav</c>'s <c>cavs</c> input, its cache key depends on concept data and
/// model alone, so changing the explained inputs, the attribution or the interval bins never retrains CAVs.
/// </summary>
public sealed class CavsNode : NodeKind<CavsOptions>
{
    /// <summary>The artifact type of trained CAVs (files <c>cavs/&lt;layer&gt;.json</c>, <c>cav_accuracy.csv</c>).</summary>
    public const string ArtifactType = "cavs";

    public override string Name => "explain/cavs";

    public override string Description => "concept activation vectors (with random repeats) for explain/tcav";

    public override IReadOnlyList<InputSlot> Inputs { get; } =
    [
        new("model", [ArtifactTypes.Model, ArtifactTypes.Encoder], Description: "model or encoder whose layers the CAVs live in"),
        new("concepts", ArtifactTypes.Concepts, description: "concept image sets"),
        new("data", ArtifactTypes.Dataset, required: false, description: "dataset whose random_split forms the random pool (random setting with random_source: data)"),
    ];

    // 2: decorrelated per-CAV seeds (SplitMix64). 4: cav_method (svm or mean-difference; SVM scores either way).
    // 5: R CAVs per concept with a null of the same construction; balanced one-vs-all negatives; random_source.
    // 6: repeats half-sample the concept and each negative group; cav_method svm-standardized, svm-raw; preset.
    // 7: every CAV records its class-mean difference (for effects in outcome units).
    public override int Version => 7;

    public override string OutputType => ArtifactType;

    protected override IEnumerable<OptionProblem> Validate(CavsOptions options) => LayerRules.Check(options.Layers);

    protected override Task ExecuteAsync(NodeContext context, CavsOptions options)
    {
        bool needsPool = options.NeedsRandomPool;
        var sets = TcavImageSets.Open(context.Input("concepts"), context.HasInput("data") ? context.Input("data") : null, options, null, needsPool, context.Seed);
        var device = DeviceSelection.Resolve(context.Device);
        var encoder = ModelArtifact.LoadEncoder(context.Input("model"), device);
        LayerRules.RequireKnown(encoder, options.Layers);
        var reader = new ModelImageReader(ModelArtifact.Preprocessing(context.Input("model"), encoder));
        using var csv = new CsvWriter(context.OutputPath("cav_accuracy.csv"), ["layer", "concept", "accuracy", "f1_score"]);
        foreach (var layer in options.Layers)
        {
            var concepts = sets.Concepts.Select(c => new LabelledActivations(c.Name, Activations(encoder, device, layer, c.ImagePaths, reader, options, context))).ToArray();
            var pool = needsPool ? new LabelledActivations("random_pool", Activations(encoder, device, layer, sets.RandomPool, reader, options, context)) : null;
            var bank = CavBankBuilder.Build(layer, concepts, pool,
                new CavBankSettings(options.Setting, options.MaxNegatives, options.Repeats, options.RandomSetSize, options.Classifier, context.Seed, sets.RandomSource), context.Cancellation);
            CavBankFile.Write(context.OutputPath(CavBankFile.RelativePath(layer)), bank);
            foreach (var cav in bank.Main)
            {
                csv.Row([layer, cav.Concept, CsvWriter.Number(cav.Scores.Accuracy), CsvWriter.Number(cav.Scores.F1)]);
                context.RecordMetric($"cav_{layer}_{cav.Concept}_accuracy", cav.Scores.Accuracy);
            }
        }

        context.Summary["layers"] = new JsonArray(options.Layers.Select(l => (JsonNode)l).ToArray());
        context.Summary["concepts"] = new JsonArray(sets.Concepts.Select(c => (JsonNode)c.Name).ToArray());
        return Task.CompletedTask;
    }

    static float[][] Activations(StagedEncoder encoder, TorchSharp.torch.Device device, string layer, IReadOnlyList<string> paths, ModelImageReader reader, CavsOptions options, NodeContext context) =>
        LayerAttributor.EncoderActivations(encoder, device, layer, new ImageSource(paths.Count, reader.Size, i => reader.Load(paths[i])), options.BatchSize, context.Cancellation);
}

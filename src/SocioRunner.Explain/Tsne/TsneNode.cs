using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SocioRunner.Core.Nodes;
using SocioRunner.Explain.Tables;
using SocioRunner.Explain.Tsne.Embedding;

namespace SocioRunner.Explain.Tsne;

/// <summary>
/// <c>explain/tsne</c>: a seeded 2-D t-SNE map of the evaluation inputs' layer activations (model + data) or of an
/// embeddings artifact, optionally joined with per-input TCAV values and with the CAVs embedded alongside.
/// </summary>
public sealed class TsneNode : NodeKind<TsneOptions>
{
    public override string Name => "explain/tsne";

    /// <summary>
    /// 2: tsne.json records the perplexity used, the one requested and warnings; auto picks the FFT method above 10,000 points.
    /// 3: auto keeps Barnes–Hut up to 20,000 points (measured faster there), so maps of 10,001-20,000 points change.
    /// 4: auto keeps Barnes–Hut up to 50,000 points (crossover with the managed FFT, docs/benchmarks-tsne.md), so maps of
    /// 20,001-50,000 points change; the FFT method's convolution is a managed FFT now (same algorithm, maps differ by roundoff).
    /// </summary>
    public override int Version => 4;

    public override string Description => "seeded t-SNE map of layer activations or embeddings, with KL divergence and trustworthiness";

    public override IReadOnlyList<InputSlot> Inputs { get; } =
    [
        new("model", [ArtifactTypes.Model, ArtifactTypes.Encoder], Required: false, Description: "model or encoder whose layer is mapped"),
        new("data", ArtifactTypes.Dataset, required: false, description: "inputs to map (option split)"),
        new("embeddings", ArtifactTypes.Embeddings, required: false, description: "embeddings computed elsewhere (instead of model + data)"),
        new("tcav", ArtifactTypes.Tcav, required: false, description: "per-input TCAV values to join (and CAVs to embed)"),
    ];

    public override string OutputType => ArtifactTypes.Tsne;

    protected override IEnumerable<OptionProblem> Validate(TsneOptions options)
    {
        if (options.LearningRate != "auto" && !(double.TryParse(options.LearningRate, NumberStyles.Float, CultureInfo.InvariantCulture, out double rate) && rate > 0))
        {
            yield return new OptionProblem("learning_rate", $"expected 'auto' or a positive number; got '{options.LearningRate}'");
        }

        if (options.ExaggerationIterations > options.Iterations)
        {
            yield return new OptionProblem("exaggeration_iterations", $"must not exceed iterations ({options.Iterations})");
        }
    }

    protected override IEnumerable<OptionProblem> ValidateWiring(TsneOptions options, IReadOnlySet<string> connectedInputs)
    {
        bool embeddings = connectedInputs.Contains("embeddings");
        bool activations = connectedInputs.Contains("model") || connectedInputs.Contains("data");
        if (embeddings && activations)
        {
            yield return ExplainErrors.TsneTwoSources();
        }
        else if (!embeddings && !(connectedInputs.Contains("model") && connectedInputs.Contains("data")))
        {
            yield return ExplainErrors.TsneNeedsPoints(connectedInputs);
        }
    }

    protected override Task ExecuteAsync(NodeContext context, TsneOptions options)
    {
        var clock = Stopwatch.StartNew();
        var points = TsnePoints.Load(context, options);
        var join = context.HasInput("tcav") ? TcavJoin.Read(context.Input("tcav")) : TcavJoin.Empty;
        var ids = points.Table.Ids.ToList();
        var rows = points.Table.Rows.ToList();
        if (options.IncludeCavs && context.HasInput("tcav"))
        {
            foreach (var (concept, direction) in TcavJoin.ReadCavs(context.Input("tcav"), points.Layer).Where(c => c.Direction.Length == points.Table.Dimension))
            {
                ids.Add($"cav:{concept}");
                rows.Add(direction);
            }
        }

        var engine = new TsneEmbedderOptions
        {
            Seed = options.Seed ?? context.Seed, Perplexity = options.Perplexity, EarlyExaggeration = options.EarlyExaggeration,
            ExaggerationIterations = options.ExaggerationIterations, Iterations = options.Iterations, Initialization = options.Init,
            Method = options.Method, Theta = options.Theta,
            LearningRate = options.LearningRate == "auto" ? null : double.Parse(options.LearningRate, CultureInfo.InvariantCulture),
        };
        TsneResult map;
        try
        {
            map = new TsneEmbedder(engine).Embed(rows, context.Cancellation);
        }
        catch (ArgumentException error)
        {
            throw ExplainErrors.TsneFailed(rows.Count, error);
        }

        foreach (string warning in map.Warnings)
        {
            context.Logger.LogWarning("explain/tsne ({Node}): {Warning}", context.NodeId, warning);
        }

        if (map.Warnings.Count > 0)
        {
            context.Summary["warnings"] = new JsonArray(map.Warnings.Select(w => (JsonNode)w).ToArray());
        }

        int k = Math.Min(options.TrustworthinessNeighbors, (rows.Count - 1) / 2);
        double trust = k >= 1 ? Trustworthiness.Compute(rows, map.Coordinates, k) : double.NaN;
        Write(context, points, join, ids, map);
        double seconds = clock.Elapsed.TotalSeconds;
        File.WriteAllText(context.OutputPath("tsne.json"), JsonSerializer.Serialize(new
        {
            kl_divergence = map.KullbackLeiblerDivergence, trustworthiness = trust, trustworthiness_k = k, perplexity = map.Perplexity, perplexity_requested = options.Perplexity,
            n = rows.Count, method = map.Method.ToString(), iterations = map.Iterations, seed = engine.Seed, layer = points.Layer, seconds,
            warnings = map.Warnings,
        }));
        context.RecordMetric("tsne_kl", map.KullbackLeiblerDivergence);
        context.RecordMetric("tsne_trustworthiness", trust);
        context.Summary["points"] = rows.Count;
        context.Summary["layer"] = points.Layer;
        context.Logger.LogInformation("t-SNE of {Count} points ({Method}): KL {Kl:0.###}, trustworthiness@{K} {Trust:0.###}", rows.Count, map.Method, map.KullbackLeiblerDivergence, k, trust);
        return Task.CompletedTask;
    }

    static void Write(NodeContext context, TsnePoints points, TcavJoin join, IReadOnlyList<string> ids, TsneResult map)
    {
        using (var csv = new CsvWriter(context.OutputPath($"{points.Layer}_tsne_instances_cavs.csv"), ["id", "tsne_dim_1", "tsne_dim_2"]))
        {
            for (int i = 0; i < ids.Count; i++)
            {
                csv.Row([ids[i], CsvWriter.Number(map.X(i)), CsvWriter.Number(map.Y(i))]);
            }
        }

        using var joined = new CsvWriter(context.OutputPath("tsne_joined.csv"), ["id", "tsne_dim_1", "tsne_dim_2", "label", .. join.Concepts]);
        for (int i = 0; i < points.Table.Ids.Count; i++)
        {
            string id = points.Table.Ids[i];
            var values = join.ValuesById.TryGetValue(id, out var found) ? found : join.Concepts.Select(_ => "").ToArray();
            joined.Row([id, CsvWriter.Number(map.X(i)), CsvWriter.Number(map.Y(i)), CsvWriter.Number(points.Table.Labels[i]), .. values]);
        }
    }
}

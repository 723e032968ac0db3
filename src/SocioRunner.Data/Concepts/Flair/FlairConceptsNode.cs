using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SocioRunner.Core.Inputs;
using SocioRunner.Core.Nodes;
using SocioRunner.Data.Images;
using SocioRunner.Data.Internal;

namespace SocioRunner.Data.Concepts.Flair;

/// <summary><c>concepts/flair</c>: FLAIR patches whose masks satisfy each concept's rules, written as RGB PNGs per concept.</summary>
public sealed partial class FlairConceptsNode(InputLimits limits) : NodeKind<FlairConceptsOptions>
{
    public FlairConceptsNode() : this(InputLimits.Default) { }

    public override string Name => "concepts/flair";

    public override string Description => "Concept image sets from FLAIR image/mask TIFFs by land-cover share rules";

    public override IReadOnlyList<InputSlot> Inputs => [new InputSlot("raw", ArtifactTypes.RawData, required: false, "synthetic city (uses <raw>/flair)")];

    public override string OutputType => ArtifactTypes.Concepts;

    // 2: random images (patches not chosen as concept examples) for TCAV's random sets.
    public override int Version => 2;

    protected override IEnumerable<OptionProblem> ValidateWiring(FlairConceptsOptions options, IReadOnlySet<string> connectedInputs) =>
        Internal.RootOrRawInput.Check(options.Root, connectedInputs);

    protected override string? ExternalFingerprint(FlairConceptsOptions options) => FolderFingerprint.Of(options.Root);

    protected override IEnumerable<OptionProblem> Validate(FlairConceptsOptions options)
    {
        if (options.Concepts.Count == 0) yield return new OptionProblem("concepts", "at least one concept is needed");
        if (options.RandomImages > 0 && options.Concepts.ContainsKey(ConceptsArtifact.RandomFolder))
            yield return new OptionProblem($"concepts.{ConceptsArtifact.RandomFolder}", "the name is reserved for the random images (rename the concept or set random_images: 0)");
        foreach (var (name, rules) in options.Concepts)
        {
            if (rules.Count == 0) yield return new OptionProblem($"concepts.{name}", "needs at least one rule");
            for (int i = 0; i < rules.Count; i++)
            {
                if (rules[i].Classes.Count == 0 || rules[i].Classes.Any(c => c < 1 || c > 19)) yield return new OptionProblem($"concepts.{name}[{i}].classes", "FLAIR class codes 1..19 expected");
                if (rules[i].Min > rules[i].Max) yield return new OptionProblem($"concepts.{name}[{i}]", $"min {rules[i].Min} is above max {rules[i].Max}");
            }
        }
    }

    protected override Task ExecuteAsync(NodeContext context, FlairConceptsOptions options)
    {
        string root = !string.IsNullOrWhiteSpace(options.Root)
            ? Directory.Exists(options.Root) ? options.Root : throw DataErrors.MissingRoot(Name, "root", options.Root, FlairScanner.HowToObtain)
            : context.HasInput("raw") ? context.Input("raw").File("flair") : throw DataErrors.MissingRoot(Name, "root", null, FlairScanner.HowToObtain);
        var patches = FlairScanner.Scan(root, context.Cancellation, limits);
        var written = new List<(string, int, JsonNode?)>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var dropped = new List<string>();
        int conceptIndex = 0;
        foreach (var (name, rules) in options.Concepts)
        {
            var matching = patches.Where(p => rules.All(r => r.Matches(p.Histogram, p.Pixels))).ToArray();
            var rulesJson = JsonSerializer.SerializeToNode(rules.Select(r => new { classes = r.Classes, min = r.Min, max = r.Max }));
            if (matching.Length == 0)
            {
                LogDropped(context.Logger, name, patches.Count);
                dropped.Add(name);
                continue;
            }
            var rng = SeedMix.Random(context.Seed, conceptIndex++);
            rng.Shuffle(matching);
            var chosen = matching.Take(options.MaxPerConcept).OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
            ParallelWork.For(chosen.Length, context.Cancellation, i =>
                PngCodec.EncodeRaster(context.OutputPath($"{name}/IMG_{chosen[i].Id}.png"), TiffCodec.Decode(chosen[i].ImagePath, limits), chosen[i].ImagePath));
            used.UnionWith(chosen.Select(p => p.Id));
            written.Add((name, chosen.Length, rulesJson));
            context.Summary[$"concept_{name}"] = chosen.Length;
        }
        var extra = new JsonObject { ["source"] = "flair", ["root"] = Path.GetFullPath(root), ["patches_scanned"] = patches.Count };
        if (options.RandomImages > 0)
        {
            var unused = patches.Where(p => !used.Contains(p.Id)).ToArray();
            SeedMix.Random(context.Seed, 1_000).Shuffle(unused);
            var random = unused.Take(options.RandomImages).OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
            ParallelWork.For(random.Length, context.Cancellation, i =>
                PngCodec.EncodeRaster(context.OutputPath($"{ConceptsArtifact.RandomFolder}/IMG_{random[i].Id}.png"), TiffCodec.Decode(random[i].ImagePath), random[i].ImagePath));
            extra[ConceptsArtifact.RandomFolder] = new JsonObject
            {
                ["folder"] = ConceptsArtifact.RandomFolder, ["count"] = random.Length, ["source"] = "FLAIR patches not chosen as any concept's example",
            };
            context.Summary["random_images"] = random.Length;
        }

        ConceptsArtifact.WriteManifest(context.OutputDirectory, written, dropped, extra);
        context.Summary["dropped_concepts"] = new JsonArray(dropped.Select(d => (JsonNode)d).ToArray());
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "concept '{Concept}' matched none of {Patches} FLAIR patches; it is dropped (listed in the report)")]
    static partial void LogDropped(ILogger logger, string concept, int patches);
}

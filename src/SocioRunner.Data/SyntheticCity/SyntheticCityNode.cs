using SocioRunner.Core.Nodes;

namespace SocioRunner.Data.SyntheticCity;

/// <summary><c>dataset/synthetic-city</c>: generates the embedded default data set (a <c>raw-data</c> artifact).</summary>
public sealed class SyntheticCityNode : NodeKind<SyntheticCityOptions>
{
    public override string Name => "dataset/synthetic-city";

    public override string Description => "Synthetic city with a known income function: income tiles + census CSV, FLAIR-style TIFFs, ground truth";

    public override IReadOnlyList<InputSlot> Inputs => [];

    public override string OutputType => ArtifactTypes.RawData;

    protected override IEnumerable<OptionProblem> Validate(SyntheticCityOptions options)
    {
        if (options.InteractionScope is not null && !options.Interaction)
            yield return new OptionProblem("interaction_scope", "applies only with interaction: true");
        if (options.InteractionRamp is not null && (!options.Interaction || options.InteractionScope == InteractionScope.Neighbourhood))
            yield return new OptionProblem("interaction_ramp", "applies only with interaction: true and the tile-wide scope (interaction_scope unset or tile)");
    }

    protected override Task ExecuteAsync(NodeContext context, SyntheticCityOptions options)
    {
        using var tiles = context.Progress.Start("synthetic tiles", options.Tiles);
        using var patches = context.Progress.Start("FLAIR patches", options.FlairPatches);
        int lastTiles = 0, lastPatches = 0;
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage == "tiles") { if (p.Done <= lastTiles) return; tiles.Increment(p.Done - lastTiles); lastTiles = p.Done; }
            else { if (p.Done <= lastPatches) return; patches.Increment(p.Done - lastPatches); lastPatches = p.Done; }
        });
        var summary = SyntheticCityGenerator.Generate(options, context.OutputDirectory, context.Seed, progress, context.Cancellation);
        context.RecordMetric("oracle_r2", summary.OracleR2);
        context.Summary["tiles"] = summary.Tiles;
        context.Summary["labelled_tiles"] = summary.LabelledTiles;
        context.Summary["flair_patches"] = summary.FlairPatches;
        context.Summary["oracle_r2"] = Math.Round(summary.OracleR2, 4);
        context.Summary["noise_sd"] = summary.NoiseSd;
        context.Summary["function"] = IncomeFunction.Formula;
        context.Logger.LogSyntheticCity(summary);
        return Task.CompletedTask;
    }

    sealed class SynchronousProgress(Action<SyntheticCityProgress> report) : IProgress<SyntheticCityProgress>
    {
        readonly Lock gate = new();
        public void Report(SyntheticCityProgress value) { lock (gate) report(value); }
    }
}

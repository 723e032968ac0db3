using System.Text.Json.Nodes;
using SocioRunner.Core.Inputs;
using SocioRunner.Core.Nodes;
using SocioRunner.Data.Datasets;
using SocioRunner.Data.Internal;

namespace SocioRunner.Data.HouseholdIncome;

/// <summary><c>dataset/household-income</c>: the Paris income tiles (SESEfficientCAM layout) as a <c>dataset</c> artifact.</summary>
public sealed class HouseholdIncomeNode(InputLimits limits) : NodeKind<HouseholdIncomeOptions>
{
    public HouseholdIncomeNode() : this(InputLimits.Default) { }

    public override string Name => "dataset/household-income";

    public override string Description => "Household income tiles + census CSV (SESEfficientCAM layout), split by income quintile";

    public override IReadOnlyList<InputSlot> Inputs => [new InputSlot("raw", ArtifactTypes.RawData, required: false, "synthetic city (uses <raw>/income)")];

    public override string OutputType => ArtifactTypes.Dataset;

    protected override IEnumerable<OptionProblem> ValidateWiring(HouseholdIncomeOptions options, IReadOnlySet<string> connectedInputs) =>
        Internal.RootOrRawInput.Check(options.Root, connectedInputs);

    protected override string? ExternalFingerprint(HouseholdIncomeOptions options) => FolderFingerprint.Of(options.Root);

    protected override Task ExecuteAsync(NodeContext context, HouseholdIncomeOptions options)
    {
        string root = ResolveRoot(context, options);
        string data = HouseholdIncomeReader.DataFolder(root);
        string? splitFolder = options.ReuseSplits ? new[] { root, data }.FirstOrDefault(IncomeSplitFiles.ExistIn) : null;
        var info = new JsonObject { ["source"] = "household-income", ["root"] = Path.GetFullPath(root) };
        Dictionary<string, List<IncomeTile>> splits;
        if (splitFolder is not null)
        {
            splits = IncomeSplitFiles.Read(splitFolder);
            info["split_source"] = Path.GetFullPath(splitFolder);
        }
        else
        {
            var scan = HouseholdIncomeReader.Read(root, options.VoidThreshold, context.Cancellation, limits);
            splits = IncomeSplitter.Split(scan.Tiles, context.Seed, options.TestFraction, options.ValFraction);
            info["split_source"] = "computed";
            info["tiles_found"] = scan.TilesFound;
            info["void_tiles"] = scan.VoidTiles;
            info["tiles_without_census_row"] = scan.TilesWithoutRow;
            info["census_rows_without_tile"] = scan.RowsWithoutTile;
            info["empty_income_rows"] = scan.EmptyIncome;
            context.Logger.LogIncomeScan(scan);
        }
        foreach (var (name, tiles) in splits)
            if (tiles.Count == 0) throw DataErrors.EmptySplit(splitFolder is null ? data : Path.Combine(splitFolder, name + ".csv"), name);
        IncomeSplitFiles.Write(context.OutputDirectory, splits);
        DatasetArtifact.Write(context.OutputDirectory, "income",
            splits.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Sample>)kv.Value.Select(t => new Sample(t.Id, t.ImagePath, t.Income)).ToList()), info);
        foreach (var (key, value) in info) context.Summary[key] = value?.DeepClone();
        return Task.CompletedTask;
    }

    static string ResolveRoot(NodeContext context, HouseholdIncomeOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Root))
            return Directory.Exists(options.Root) ? options.Root
                : throw DataErrors.MissingRoot("dataset/household-income", "root", options.Root, HouseholdIncomeReader.HowToObtain);
        if (context.HasInput("raw")) return context.Input("raw").File("income");
        throw DataErrors.MissingRoot("dataset/household-income", "root", null, HouseholdIncomeReader.HowToObtain);
    }
}

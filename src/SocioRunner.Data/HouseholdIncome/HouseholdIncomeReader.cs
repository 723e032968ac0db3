using SocioRunner.Core.Tables;
using System.Collections.Concurrent;
using SocioRunner.Core.Inputs;
using SocioRunner.Data.Images;
using SocioRunner.Data.Internal;

namespace SocioRunner.Data.HouseholdIncome;

/// <summary>
/// Reads the SESEfficientCAM layout: PNG tiles under <c>data/imagery_out/</c> (found recursively, id = the part of the
/// file name after the last '_'), census labels in <c>data/census_data/squares_to_ses_2019.csv</c> (<c>IdINSPIRE</c>,
/// <c>income</c>; empty incomes dropped). Tiles with more than 1% zero-valued pixels are void and skipped.
/// </summary>
public static class HouseholdIncomeReader
{
    public const string HowToObtain =
        "The Paris household-income tiles and census table come from the SESEfficientCAM project (data/imagery_out, data/census_data/squares_to_ses_2019.csv); they cannot be downloaded here. experiments/paris_income.yaml reads the folder from PARIS_INCOME_ROOT. Use dataset/synthetic-city for the embedded default.";

    /// <summary>The folder holding <c>imagery_out</c> and <c>census_data</c>: <paramref name="root"/>/data, or root itself.</summary>
    public static string DataFolder(string root) =>
        Directory.Exists(Path.Combine(root, "data", "imagery_out")) || !Directory.Exists(Path.Combine(root, "imagery_out")) ? Path.Combine(root, "data") : root;

    public static IncomeScan Read(string root, double voidThreshold = 0.01, CancellationToken cancellation = default, InputLimits? limits = null)
    {
        string data = DataFolder(root), imagery = Path.Combine(data, "imagery_out"), csv = Path.Combine(data, "census_data", "squares_to_ses_2019.csv");
        if (!Directory.Exists(imagery)) throw DataErrors.MissingFile(imagery, "tile folder (imagery_out with the PNG tiles)");
        var tiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(imagery, "*.png", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string id = TileId(file);
            if (!tiles.TryAdd(id, file)) throw DataErrors.DuplicateId(file, id, tiles[id]);
        }
        var (incomes, empty) = ReadCensus(csv);
        var joined = tiles.Where(t => incomes.ContainsKey(t.Key)).Select(t => new IncomeTile(t.Key, t.Value, incomes[t.Key])).ToList();
        var usable = new ConcurrentBag<IncomeTile>();
        try
        {
            Parallel.ForEach(joined, new ParallelOptions { CancellationToken = cancellation }, tile =>
            {
                if (PngCodec.Decode(tile.ImagePath, limits).ZeroShare() <= voidThreshold) usable.Add(tile);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<SocioRunner.Core.Errors.InvalidInputException>().Any())
        {
            throw e.InnerExceptions.OfType<SocioRunner.Core.Errors.InvalidInputException>().OrderBy(x => x.Message, StringComparer.Ordinal).First();
        }
        var result = usable.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        if (result.Count == 0)
            throw DataErrors.NothingLeft(data, $"{tiles.Count} tiles, {incomes.Count} census rows with income, {joined.Count} matched, {joined.Count - result.Count} void");
        return new IncomeScan(result, tiles.Count, joined.Count - result.Count, tiles.Keys.Count(id => !incomes.ContainsKey(id)),
            incomes.Keys.Count(id => !tiles.ContainsKey(id)), empty);
    }

    /// <summary>The id of a tile file: the part of its name after the last '_' (<c>sq_12_&lt;idINSPIRE&gt;.png</c>).</summary>
    public static string TileId(string path)
    {
        string name = Path.GetFileNameWithoutExtension(path);
        int cut = name.LastIndexOf('_');
        return cut >= 0 ? name[(cut + 1)..] : name;
    }

    static (Dictionary<string, double> Incomes, int Empty) ReadCensus(string path)
    {
        var table = CsvTable.Read(path);
        int idColumn = table.Column("IdINSPIRE"), incomeColumn = table.Column("income");
        var incomes = new Dictionary<string, double>(StringComparer.Ordinal);
        int empty = 0;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            string id = table.Rows[r][idColumn].Trim();
            if (string.IsNullOrWhiteSpace(table.Rows[r][incomeColumn])) { empty++; continue; }
            double income = table.Number(r, incomeColumn);
            if (!incomes.TryAdd(id, income)) throw DataErrors.DuplicateId($"{path}:{table.LineOf(r)}", id);
        }
        return (incomes, empty);
    }
}

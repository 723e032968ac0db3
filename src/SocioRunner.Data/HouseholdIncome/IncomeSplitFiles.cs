using SocioRunner.Core.Tables;

namespace SocioRunner.Data.HouseholdIncome;

/// <summary>The original's split files: <c>train.csv</c>, <c>val.csv</c>, <c>test.csv</c> with <c>idINSPIRE,image_path,income,income_class</c>.</summary>
public static class IncomeSplitFiles
{
    static readonly string[] Columns = ["idINSPIRE", "image_path", "income", "income_class"];

    public static bool ExistIn(string folder) => new[] { "train", "val", "test" }.All(s => File.Exists(Path.Combine(folder, s + ".csv")));

    /// <summary>Writes the split files; image paths in the same cache are relative to <paramref name="folder"/> (as <see cref="Read"/> resolves them).</summary>
    public static void Write(string folder, IReadOnlyDictionary<string, List<IncomeTile>> splits)
    {
        foreach (var (name, tiles) in splits)
            CsvTable.Write(Path.Combine(folder, name + ".csv"), Columns,
                tiles.Select(t => (IReadOnlyList<string>)[t.Id, SocioRunner.Core.Artifacts.ArtifactPaths.RelativeInCache(folder, t.ImagePath) ?? Path.GetFullPath(t.ImagePath), CsvWriter.Number(t.Income), t.IncomeClass.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
    }

    /// <summary>Reads existing split files; relative image paths are resolved against <paramref name="folder"/>.</summary>
    public static Dictionary<string, List<IncomeTile>> Read(string folder)
    {
        var splits = new Dictionary<string, List<IncomeTile>>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[] { "train", "val", "test" })
        {
            var table = CsvTable.Read(Path.Combine(folder, name + ".csv"));
            int id = table.Column("idINSPIRE"), image = table.Column("image_path"), income = table.Column("income");
            int? cls = table.TryColumn("income_class");
            var tiles = new List<IncomeTile>();
            for (int r = 0; r < table.Rows.Count; r++)
            {
                string tileId = table.Rows[r][id].Trim(), path = table.Rows[r][image].Trim();
                if (!seen.TryAdd(tileId, name)) throw DataErrors.DuplicateId($"{table.Path}:{table.LineOf(r)}", tileId, $"in {seen[tileId]}.csv");
                if (!Path.IsPathRooted(path)) path = Path.GetFullPath(Path.Combine(folder, path));
                if (!File.Exists(path)) throw DataErrors.MissingFile($"{table.Path}:{table.LineOf(r)}", $"tile {path}");
                tiles.Add(new IncomeTile(tileId, path, table.Number(r, income), cls is { } c ? (int)table.Number(r, c) : -1));
            }
            splits[name] = tiles;
        }
        return splits;
    }
}

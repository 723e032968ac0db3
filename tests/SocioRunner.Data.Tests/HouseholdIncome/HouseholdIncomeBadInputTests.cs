using SocioRunner.Core.Errors;
using SocioRunner.Data.HouseholdIncome;

namespace SocioRunner.Data.Tests.HouseholdIncome;

public class HouseholdIncomeBadInputTests(CityFixture city) : IClassFixture<CityFixture>
{
    const string Census = "data/census_data/squares_to_ses_2019.csv";

    InvalidInputException Fails(Action<string> damage)
    {
        using var temp = new TempDirectory();
        string root = city.CopyIncome(temp);
        damage(root);
        return Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new HouseholdIncomeNode(), new HouseholdIncomeOptions { Root = root }, temp.Sub("out")));
    }

    static void Rewrite(string root, Func<string[], IEnumerable<string>> change)
    {
        string path = Path.Combine(root, Census);
        File.WriteAllLines(path, change(File.ReadAllLines(path)));
    }

    [Fact]
    public void Missing_root_names_the_option_and_the_source()
    {
        using var temp = new TempDirectory();
        var unset = Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new HouseholdIncomeNode(), new HouseholdIncomeOptions(), temp.Sub("a")));
        Assert.Contains("'root'", unset.Message);
        Assert.Contains("SESEfficientCAM", unset.Message);
        var missing = Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new HouseholdIncomeNode(), new HouseholdIncomeOptions { Root = "/no/such/folder" }, temp.Sub("b")));
        Assert.Contains("/no/such/folder", missing.Message);
    }

    [Fact]
    public void Csv_without_income_column() =>
        Assert.Contains("no column 'income'", Fails(root => Rewrite(root, lines => lines.Select(l => l.Replace("income", "revenue")))).Message);

    [Fact]
    public void Csv_without_id_column() =>
        Assert.Contains("squares_to_ses_2019.csv: no column 'IdINSPIRE'", Fails(root => Rewrite(root, lines => lines.Select(l => l.Replace("IdINSPIRE", "id")))).Message);

    [Theory]
    [InlineData("NaN")]
    [InlineData("abc")]
    public void Non_numeric_income(string value)
    {
        var error = Fails(root => Rewrite(root, lines => [lines[0], lines[1].Split(',')[0] + "," + value, .. lines.Skip(2)]));
        Assert.Contains("squares_to_ses_2019.csv:2", error.Message);
        Assert.Contains(value, error.Message);
    }

    [Fact]
    public void Duplicate_id_in_csv() =>
        Assert.Contains("duplicate id", Fails(root => Rewrite(root, lines => [.. lines, lines[1]])).Message);

    [Fact]
    public void Duplicate_tile_id()
    {
        var error = Fails(root =>
        {
            var tile = Directory.GetFiles(Path.Combine(root, "data", "imagery_out"), "*.png", SearchOption.AllDirectories).Order().First();
            File.Copy(tile, Path.Combine(Path.GetDirectoryName(tile)!, "copy_" + Path.GetFileName(tile)));
        });
        Assert.Contains("duplicate id", error.Message);
    }

    [Fact]
    public void Truncated_png_is_named()
    {
        string? damaged = null;
        var error = Fails(root =>
        {
            damaged = Directory.GetFiles(Path.Combine(root, "data", "imagery_out"), "*.png", SearchOption.AllDirectories).Order().ElementAt(5);
            var bytes = File.ReadAllBytes(damaged);
            File.WriteAllBytes(damaged, bytes[..(bytes.Length / 2)]);
        });
        Assert.Contains(damaged!, error.Message);
    }

    [Fact]
    public void Ids_without_tiles_leave_nothing() =>
        Assert.Contains("no usable samples left", Fails(root => Rewrite(root, lines => lines.Select(l => l.Replace("CRS3035", "XX")))).Message);

    [Fact]
    public void Empty_split_in_reused_split_files()
    {
        var error = Fails(root =>
        {
            foreach (var split in new[] { "train", "val" }) File.WriteAllText(Path.Combine(root, split + ".csv"), "idINSPIRE,image_path,income,income_class\n");
            var tile = Directory.GetFiles(root, "*.png", SearchOption.AllDirectories).First();
            File.WriteAllText(Path.Combine(root, "test.csv"), $"idINSPIRE,image_path,income,income_class\nA,{tile},10,0\n");
        });
        Assert.Contains("train.csv: split 'train' is empty", error.Message);
    }
}

using SocioRunner.Core.Errors;
using SocioRunner.Core.Tables;

namespace SocioRunner.Core.Tests.Tables;

/// <summary>The one CSV reader/writer: RFC 4180 both ways, errors naming file and line.</summary>
public sealed class CsvTableTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("socio-csv-").FullName;

    string PathOf(string name) => Path.Combine(folder, name);

    [Fact]
    public void Ids_with_commas_quotes_and_line_breaks_round_trip()
    {
        string[] ids = ["plain", "with,comma", "with \"quotes\"", "two\nlines", "crlf\r\nline", " padded ", "", "ünïcødé,城市"];
        string path = PathOf("ids.csv");
        using (var csv = new CsvWriter(path, ["image_id", "label"]))
            for (int i = 0; i < ids.Length; i++) csv.Row([ids[i], CsvWriter.Number(i + 0.1)]);

        var table = CsvTable.Read(path, strict: true);

        Assert.Equal(["image_id", "label"], table.Columns);
        Assert.Equal(ids, table.Rows.Select(r => r[0]));
        Assert.Equal(ids.Select((_, i) => i + 0.1), Enumerable.Range(0, ids.Length).Select(r => table.Number(r, 1)));
    }

    [Fact]
    public void A_header_alone_is_written_for_an_empty_table_and_reads_back_empty()
    {
        string path = PathOf("empty.csv");
        CsvTable.Write(path, ["a", "b"], []);
        Assert.Equal("a,b", File.ReadAllText(path).TrimEnd());
        Assert.Empty(CsvTable.Read(path).Rows);
    }

    [Fact]
    public void Numbers_are_invariant_and_round_trip_exactly()
    {
        Assert.Equal("0.1", CsvWriter.Number(0.1));
        Assert.Equal("", CsvWriter.Number(double.NaN));
        Assert.Equal(1.0 / 3, double.Parse(CsvWriter.Number(1.0 / 3), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Errors_name_the_file_line_of_a_row_after_a_quoted_line_break()
    {
        string path = PathOf("bad.csv");
        File.WriteAllText(path, "id,value\n\"a\nb\",1\nc,oops\n");
        var table = CsvTable.Read(path);
        Assert.Equal("a\nb", table.Rows[0][0]);
        var error = Assert.Throws<InvalidInputException>(() => table.Number(1, 1));
        Assert.Equal($"{path}:4: column 'value' holds 'oops', expected a finite number", error.Message);
    }

    [Fact]
    public void Strict_reading_refuses_a_row_with_another_cell_count()
    {
        string path = PathOf("ragged.csv");
        File.WriteAllText(path, "id,value\na,1\nb,2,3\n");
        Assert.Equal($"{path}:3: 3 cells; the header has 2", Assert.Throws<InvalidInputException>(() => CsvTable.Read(path, strict: true)).Message);
        Assert.Equal(2, CsvTable.Read(path).Rows.Count);
    }

    [Fact]
    public void Empty_file_and_unterminated_quote_are_named()
    {
        File.WriteAllText(PathOf("empty.csv"), "");
        Assert.Contains("the file is empty", Assert.Throws<InvalidInputException>(() => CsvTable.Read(PathOf("empty.csv"))).Message);
        File.WriteAllText(PathOf("open.csv"), "id,value\n\"open,1\nx,2\n");
        Assert.StartsWith($"{PathOf("open.csv")}:2: unterminated quoted value", Assert.Throws<InvalidInputException>(() => CsvTable.Read(PathOf("open.csv"))).Message);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

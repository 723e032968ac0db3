using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Errors;
using SocioRunner.Explain.EmbeddingsCsv;
using SocioRunner.Explain.Tests.Support;

namespace SocioRunner.Explain.Tests.EmbeddingsCsv;

public sealed class EmbeddingsCsvNodeTests
{
    [Fact]
    public void Reads_id_label_and_dimensions_into_the_common_layout()
    {
        using var temp = new TempDirectory();
        string path = Path.Combine(temp.Path, "mine.csv");
        File.WriteAllText(path, "label,id,x,y\n1.5,a,0.25,-1\n2,\"b,2\",3,4\n");

        NodeRunner.Run(new EmbeddingsCsvNode(), new EmbeddingsCsvOptions { Path = path }, temp.Sub("out"), new Dictionary<string, ArtifactHandle>());

        Assert.Equal(["id,label,dim_0,dim_1", "a,1.5,0.25,-1", "\"b,2\",2,3,4"], File.ReadAllLines(Path.Combine(temp.Path, "out", "embeddings.csv")));
    }

    [Fact]
    public void An_id_with_a_quoted_line_break_and_quotes_is_read_and_written_back_intact()
    {
        using var temp = new TempDirectory();
        string path = Path.Combine(temp.Path, "mine.csv");
        File.WriteAllText(path, "id,label,x\n\"tile \"\"7\"\"\nnorth\",1,0.5\nplain,2,3\n");

        NodeRunner.Run(new EmbeddingsCsvNode(), new EmbeddingsCsvOptions { Path = path }, temp.Sub("out"), new Dictionary<string, ArtifactHandle>());

        var table = SocioRunner.Explain.Tables.EmbeddingTable.Read(Path.Combine(temp.Path, "out", "embeddings.csv"));
        Assert.Equal(["tile \"7\"\nnorth", "plain"], table.Ids);
        Assert.Equal([1.0, 2.0], table.Labels);
        Assert.Equal([0.5f], table.Rows[0]);
    }

    [Fact]
    public void Missing_id_column_lists_the_columns()
    {
        using var temp = new TempDirectory();
        string path = Path.Combine(temp.Path, "bad.csv");
        File.WriteAllText(path, "name,x\na,1\n");

        var error = Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new EmbeddingsCsvNode(), new EmbeddingsCsvOptions { Path = path }, temp.Sub("out"), new Dictionary<string, ArtifactHandle>()));

        Assert.Contains("no 'id' column; columns: name, x", error.Message);
    }

    [Fact]
    public void Non_numeric_cell_names_file_line_and_column()
    {
        using var temp = new TempDirectory();
        string path = Path.Combine(temp.Path, "bad.csv");
        File.WriteAllText(path, "id,x\na,1\nb,oops\n");

        var error = Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new EmbeddingsCsvNode(), new EmbeddingsCsvOptions { Path = path }, temp.Sub("out"), new Dictionary<string, ArtifactHandle>()));

        Assert.Contains("bad.csv:3: column 'x' holds 'oops'", error.Message);
    }
}

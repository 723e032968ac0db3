using System.Text.Json.Nodes;

namespace SocioRunner.Cli.Tests.Commands;

public sealed class SchemaTests
{
    [Fact]
    public async Task Schema_lists_every_registered_kind_with_its_options()
    {
        string root = Directory.CreateTempSubdirectory("socio-schema-").FullName;
        var (exit, _, err) = await CliRunner.Run(root, "schema", "--out", "socio.schema.json");
        Assert.True(exit == 0, err);
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "socio.schema.json")))!;
        var kinds = schema["properties"]!["nodes"]!["additionalProperties"]!["properties"]!["kind"]!["enum"]!.AsArray().Select(k => (string)k!).ToList();
        Assert.Equal(kinds.Order(StringComparer.Ordinal), kinds);
        var variants = schema["properties"]!["nodes"]!["additionalProperties"]!["allOf"]!.AsArray();
        Assert.Equal(kinds.Count, variants.Count);
        Directory.Delete(root, recursive: true);
    }
}

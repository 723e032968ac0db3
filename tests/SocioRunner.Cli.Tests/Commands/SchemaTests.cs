using System.Text.Json.Nodes;
using Snapshooter;
using Snapshooter.Xunit;

namespace SocioRunner.Cli.Tests.Commands;

/// <summary>
/// The JSON Schema that <c>socio schema</c> writes, checked against things the registry does not produce itself:
/// the list of kinds written out by hand, a committed snapshot of every kind's inputs, options, ranges and defaults
/// (a changed default or a dropped option shows up as a diff in review), published defaults from the papers and
/// libraries the kinds follow, and every default checked against its own option's rules.
/// </summary>
public sealed class SchemaTests : IClassFixture<SchemaTests.GeneratedSchema>
{
    /// <summary>Runs <c>socio schema</c> once for the class.</summary>
    public sealed class GeneratedSchema : IAsyncLifetime
    {
        public JsonNode Schema { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            string root = Directory.CreateTempSubdirectory("socio-schema-").FullName;
            try
            {
                var (exit, _, err) = await CliRunner.Run(root, "schema", "--out", "socio.schema.json");
                Assert.True(exit == 0, err);
                Schema = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "socio.schema.json")))!;
            }
            finally { Directory.Delete(root, recursive: true); }
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }

    readonly JsonNode schema;

    public SchemaTests(GeneratedSchema generated) => schema = generated.Schema;

    // Written by hand on purpose: adding or renaming a kind must be a deliberate change of this list.
    static readonly string[] RegisteredKinds =
    [
        "concepts/flair", "concepts/folders", "dataset/household-income", "dataset/liveability", "dataset/synthetic-city",
        "embeddings/csv", "encoder/resnet", "encoder/small-cnn", "explain/cavs", "explain/tcav", "explain/tsne",
        "model/lightning-checkpoint", "report", "train/probe", "train/regression", "train/rnc",
    ];

    [Fact]
    public void Schema_lists_exactly_the_registered_kinds_each_with_its_own_options()
    {
        Assert.Equal(RegisteredKinds, SchemaListing.Kinds(schema));
        Assert.Equal(RegisteredKinds, SchemaListing.Variants(schema).Select(v => SchemaListing.KindOf(v!)));
        Assert.All(SchemaListing.Variants(schema), v => Assert.Equal(false, (bool?)v!["then"]!["additionalProperties"]));
    }

    [Fact]
    public void Kinds_inputs_options_ranges_and_defaults_match_the_snapshot() =>
        Snapshot.Match(SchemaListing.Render(schema), SnapshotNameExtension.Create("listing"));

    [Theory]
    [InlineData("train/rnc", "temperature", "2")]            // Rank-N-Contrast (Zha et al. 2023) default temperature
    [InlineData("train/rnc", "label_distance", "\"l1\"")]    // RnC: L1 distance between labels
    [InlineData("train/rnc", "feature_distance", "\"l2\"")]  // RnC: L2 distance between features
    [InlineData("explain/tcav", "significance_level", "0.05")]
    [InlineData("explain/tcav", "correction", "\"holm\"")]
    [InlineData("explain/tsne", "perplexity", "30")]         // scikit-learn TSNE defaults
    [InlineData("explain/tsne", "early_exaggeration", "12")]
    [InlineData("explain/tsne", "theta", "0.5")]
    [InlineData("explain/tsne", "init", "\"pca\"")]
    [InlineData("explain/cavs", "classifier_alpha", "0.1")]  // as docs/tcav.md documents it
    [InlineData("dataset/household-income", "test_fraction", "0.2")]
    public void Published_defaults_are_the_schema_defaults(string kind, string option, string expectedJson)
    {
        var rules = SchemaListing.Options(schema).Single(o => o.Kind == kind && o.Path == option).Rules;
        Assert.Equal(expectedJson, rules["default"]?.ToJsonString());
    }

    [Fact]
    public void Every_default_satisfies_its_own_option_rules()
    {
        var options = SchemaListing.Options(schema).ToList();
        Assert.True(options.Count(o => o.Rules["default"] is not null) > 100, "the schema lost its defaults");
        var problems = options.Select(o => (o, Problem: SchemaListing.DefaultProblem(o))).Where(p => p.Problem is not null)
            .Select(p => $"{p.o.Kind} {p.o.Path}: {p.Problem}").ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData("""{ "type": "integer", "minimum": 1, "default": 0 }""", "below the minimum")]
    [InlineData("""{ "type": "number", "maximum": 1, "default": 2 }""", "above the maximum")]
    [InlineData("""{ "type": "integer", "default": 0.5 }""", "not of type integer")]
    [InlineData("""{ "type": "string", "default": 3 }""", "not of type string")]
    [InlineData("""{ "enum": ["a", "b"], "default": "c" }""", "not one of")]
    public void A_default_that_breaks_its_rules_is_reported(string rules, string expected)
    {
        var option = new SchemaListing.Option("k", "o", JsonNode.Parse(rules)!.AsObject());
        Assert.Contains(expected, SchemaListing.DefaultProblem(option));
    }
}

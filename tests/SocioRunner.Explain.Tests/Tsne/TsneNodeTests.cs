using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Nodes;
using SocioRunner.Explain.Tables;
using SocioRunner.Explain.Tcav;
using SocioRunner.Explain.Tests.Support;
using SocioRunner.Explain.Tsne;

namespace SocioRunner.Explain.Tests.Tsne;

public sealed class TsneNodeTests
{
    static readonly TsneOptions Quick = new() { Perplexity = 5, Iterations = 300, ExaggerationIterations = 100 };

    static ArtifactHandle Embeddings(TempDirectory temp, int count)
    {
        var random = new Random(4);
        var rows = Enumerable.Range(0, count).Select(i => Enumerable.Range(0, 6).Select(d => (float)(random.NextDouble() + (d == i % 3 ? 5 : 0))).ToArray()).ToArray();
        string folder = temp.Sub("embeddings");
        new EmbeddingTable(Enumerable.Range(0, count).Select(i => $"p{i}").ToArray(), Enumerable.Range(0, count).Select(i => (double)(i % 3)).ToArray(), rows)
            .Write(Path.Combine(folder, EmbeddingTable.FileName));
        return NodeRunner.Handle(folder, ArtifactTypes.Embeddings);
    }

    [Fact]
    public void Maps_embeddings_deterministically_and_reports_quality()
    {
        using var temp = new TempDirectory();
        var inputs = new Dictionary<string, ArtifactHandle> { ["embeddings"] = Embeddings(temp, 45) };

        var context = NodeRunner.Run(new TsneNode(), Quick, temp.Sub("a"), inputs);
        NodeRunner.Run(new TsneNode(), Quick, temp.Sub("b"), inputs);

        string coordinates = Path.Combine(temp.Path, "a", "embeddings_tsne_instances_cavs.csv");
        Assert.Equal("id,tsne_dim_1,tsne_dim_2", File.ReadLines(coordinates).First());
        Assert.Equal(46, File.ReadAllLines(coordinates).Length);
        Assert.Equal(File.ReadAllText(coordinates), File.ReadAllText(Path.Combine(temp.Path, "b", "embeddings_tsne_instances_cavs.csv")));
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, "a", "tsne.json")))!;
        Assert.Equal(45, (int)json["n"]!);
        Assert.Empty(json["warnings"]!.AsArray());
        Assert.True(context.Metrics["tsne_trustworthiness"] > 0.9);
        Assert.True(context.Metrics.ContainsKey("tsne_kl"));
        Assert.Equal("id,tsne_dim_1,tsne_dim_2,label", File.ReadLines(Path.Combine(temp.Path, "a", "tsne_joined.csv")).First());
    }

    [Fact]
    public void Too_large_a_perplexity_is_lowered_with_a_warning_in_the_log_the_summary_and_the_artifact()
    {
        using var temp = new TempDirectory();
        var logger = new RecordingLogger();

        var context = NodeRunner.Run(new TsneNode(), Quick with { Perplexity = 30 }, temp.Sub("out"),
            new Dictionary<string, ArtifactHandle> { ["embeddings"] = Embeddings(temp, 45) }, logger);

        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning).Message;
        Assert.Contains("perplexity 30 is too large for 45 points", warning);
        Assert.Contains("used perplexity 14.67", warning);
        Assert.Contains("perplexity 30 is too large", context.Summary["warnings"]![0]!.GetValue<string>());
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, "out", "tsne.json")))!;
        Assert.Equal(44 / 3.0, (double)json["perplexity"]!, 12);
        Assert.Equal(30, (double)json["perplexity_requested"]!);
        Assert.Contains("used perplexity 14.67", json["warnings"]![0]!.GetValue<string>());
        Assert.True(context.Metrics["tsne_trustworthiness"] > 0.9);
    }

    [Fact]
    public void Maps_a_models_layer_joined_with_tcav_values_and_cavs()
    {
        using var world = new TinyTcavWorld(evaluationImages: 24);
        string tcavOut = world.Output + "-tcav";
        NodeRunner.Run(new TcavNode(), new TcavOptions { Repeats = 0 }, tcavOut, world.Inputs);
        var inputs = new Dictionary<string, ArtifactHandle>
        {
            ["model"] = world.Model, ["data"] = world.Data, ["tcav"] = NodeRunner.Handle(tcavOut, ArtifactTypes.Tcav),
        };

        NodeRunner.Run(new TsneNode(), Quick with { IncludeCavs = true }, world.Output, inputs);

        var joined = File.ReadAllLines(Path.Combine(world.Output, "tsne_joined.csv"));
        Assert.Equal("id,tsne_dim_1,tsne_dim_2,label,red,green,blue", joined[0]);
        Assert.Equal(25, joined.Length);
        Assert.All(joined.Skip(1), line => Assert.DoesNotContain(",,", line));
        var coordinates = File.ReadAllLines(Path.Combine(world.Output, "avgpool_tsne_instances_cavs.csv"));
        Assert.Equal(1 + 24 + 3, coordinates.Length);
        Assert.StartsWith("cav:blue,", coordinates[^1]);
    }

    [Fact]
    public void Needs_embeddings_or_model_and_data()
    {
        using var temp = new TempDirectory();

        var error = Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new TsneNode(), Quick, temp.Sub("out"), new Dictionary<string, ArtifactHandle>()));

        Assert.Contains("connect either 'embeddings', or both 'model'", error.Message);
        // validate finds it before anything runs, naming the missing input; and refuses two sources of points.
        var kind = (INodeKind)new TsneNode();
        Assert.Equal("inputs.data", Assert.Single(kind.ValidateWiring(Quick, new HashSet<string> { "model" })).Key);
        Assert.Equal("inputs.embeddings", Assert.Single(kind.ValidateWiring(Quick, new HashSet<string> { "model", "data", "embeddings" })).Key);
        Assert.Empty(kind.ValidateWiring(Quick, new HashSet<string> { "model", "data", "tcav" }));
        Assert.Empty(kind.ValidateWiring(Quick, new HashSet<string> { "embeddings" }));
    }
}

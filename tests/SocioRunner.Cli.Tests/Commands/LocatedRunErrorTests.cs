namespace SocioRunner.Cli.Tests.Commands;

/// <summary>An error raised while a node runs names the node's position in the experiment file, its id, and options as YAML spells them.</summary>
public sealed class LocatedRunErrorTests : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("socio-located-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task A_tsne_failure_starts_with_the_node_position_and_uses_snake_case_option_names()
    {
        string csv = Path.Combine(root, "emb.csv");
        File.WriteAllText(csv, "id,label,dim_0,dim_1\na,1,0,1\nb,2,1,0\nc,3,1,1\n");
        string experiment = Path.Combine(root, "x.yaml");
        File.WriteAllText(experiment, $"name: located\nseed: 1\nnodes:\n  emb: {{ kind: embeddings/csv, path: '{csv}' }}\n  tsne:\n    kind: explain/tsne\n    inputs: {{ embeddings: emb }}\n");

        var (exit, _, stderr) = await CliRunner.Run(root, "run", experiment, "--cache", Path.Combine(root, "cache"));

        Assert.Equal(2, exit);
        string error = stderr.Split('\n').Single(l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.StartsWith($"error: {experiment}:5:3: nodes.tsne: ", error);
        Assert.Contains("t-SNE needs at least 4 points; got 3", error);
        Assert.DoesNotContain("Perplexity", error);
    }
}

using SocioRunner.Core.Nodes;
using SocioRunner.Explain.Tables;

namespace SocioRunner.Explain.EmbeddingsCsv;

/// <summary><c>embeddings/csv</c>: reads embeddings computed elsewhere into an <c>embeddings</c> artifact (<c>embeddings.csv</c>).</summary>
public sealed class EmbeddingsCsvNode : NodeKind<EmbeddingsCsvOptions>
{
    public override string Name => "embeddings/csv";

    public override string Description => "embeddings computed elsewhere, read from a CSV file";

    public override IReadOnlyList<InputSlot> Inputs { get; } = [];

    public override string OutputType => ArtifactTypes.Embeddings;

    protected override IEnumerable<OptionProblem> Validate(EmbeddingsCsvOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            yield return new OptionProblem("path", "name the embeddings CSV file");
        }
    }

    /// <summary>The file's full path, size and modification time: editing the CSV re-runs the node.</summary>
    protected override string? ExternalFingerprint(EmbeddingsCsvOptions options)
    {
        var file = new FileInfo(options.Path);
        return file.Exists ? $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc:O}" : $"{file.FullName}|missing";
    }

    protected override Task ExecuteAsync(NodeContext context, EmbeddingsCsvOptions options)
    {
        var table = EmbeddingTable.Read(options.Path);
        table.Write(context.OutputPath(EmbeddingTable.FileName));
        context.Summary["count"] = table.Ids.Count;
        context.Summary["dimension"] = table.Dimension;
        context.Summary["source"] = Path.GetFullPath(options.Path);
        return Task.CompletedTask;
    }
}

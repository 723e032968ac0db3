using System.ComponentModel.DataAnnotations;

namespace SocioRunner.Explain.EmbeddingsCsv;

/// <summary>Options of <c>embeddings/csv</c>.</summary>
public sealed record EmbeddingsCsvOptions
{
    /// <summary>A CSV with a header, an <c>id</c> column, an optional <c>label</c> column and one numeric column per dimension.</summary>
    [Required]
    public string Path { get; init; } = "";
}
